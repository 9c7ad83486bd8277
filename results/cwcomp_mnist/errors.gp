# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"bp softmax" 1.22 0 NaN
"bp\\_20ep softmax" 1.08 0 NaN
"cwcomp class\\_group\\_goodness" 1.51 0 0.58
"cwcomp all\\_blocks" 2.06 0 0.58
"cwcomp\\_20ep class\\_group\\_goodness" 1.55 0 0.58
"cwcomp\\_20ep all\\_blocks" 2.26 0 0.58
"cwcomp\\_readout class\\_group\\_goodness" 1.5 0 0.58
"cwcomp\\_readout all\\_blocks" 2.21 0 0.58
"cwcomp\\_readout linear\\_readout" 0.87 0 0.58
EOD
set terminal svg size 900,366 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'cwcomp\_mnist: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [8.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [0.4456:2.3944]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
set terminal pngcairo size 900,366 font 'Helvetica,10'
set output 'errors.png'
set title 'cwcomp\_mnist: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [8.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [0.4456:2.3944]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
set terminal pdfcairo size 7in,1.87in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'cwcomp\_mnist: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [8.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [0.4456:2.3944]
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
