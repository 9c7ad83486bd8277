# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"bp\\_2\\_hidden\\_timing softmax" 62 0 NaN
"bp\\_3\\_hidden\\_timing softmax" 67 0 NaN
"ff\\_max\\_ssq\\_2\\_hidden\\_timing one\\_pass\\_softmax" 75 0 NaN
"ff\\_max\\_ssq\\_3\\_hidden\\_timing one\\_pass\\_softmax" 81 0 NaN
"ff\\_min\\_ssq\\_2\\_hidden\\_timing one\\_pass\\_softmax" 84 0 NaN
"ff\\_min\\_ssq\\_3\\_hidden\\_timing one\\_pass\\_softmax" 84 0 NaN
EOD
set terminal svg size 900,294 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'cifar10\_timing: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [5.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [57.8:88.2]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,294 font 'Helvetica,10'
set output 'errors.png'
set title 'cifar10\_timing: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [5.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [57.8:88.2]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,1.48in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'cifar10\_timing: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [5.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [57.8:88.2]
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
