# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"faithful\\_lecun\\_lr0.01 softmax" 1.2 0 NaN
"faithful\\_lecun\\_lr0.03 softmax" 1.13 0 NaN
"faithful\\_lecun\\_lr0.1 softmax" 1.33 0 NaN
"lenet1998\\_lr0.01 softmax" 1.16 0 0.95
"lenet1998\\_lr0.03 softmax" 0.95 0 0.95
"lenet1998\\_lr0.1 softmax" 1.1 0 0.95
EOD
set terminal svg size 900,294 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'lenet5\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [5.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [0.8835:1.3965]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
set terminal pngcairo size 900,294 font 'Helvetica,10'
set output 'errors.png'
set title 'lenet5\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [5.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [0.8835:1.3965]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
set terminal pdfcairo size 7in,1.48in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'lenet5\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [5.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [0.8835:1.3965]
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
