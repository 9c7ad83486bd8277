# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"cwcomp class\\_group\\_goodness" 26.21 0 21.89
"cwcomp all\\_blocks" 25.8 0 21.89
"cwcomp linear\\_readout" 23.59 0 21.89
EOD
set terminal svg size 900,222 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'cwcomp\_cifar10: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [2.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [20.5795:27.5205]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
set terminal pngcairo size 900,222 font 'Helvetica,10'
set output 'errors.png'
set title 'cwcomp\_cifar10: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [2.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [20.5795:27.5205]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
set terminal pdfcairo size 7in,1.09in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'cwcomp\_cifar10: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [2.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [20.5795:27.5205]
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
