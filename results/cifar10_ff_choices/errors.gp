# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"baseline\\_reduced goodness\\_every\\_label" 54.85 0 NaN
"baseline\\_reduced one\\_pass\\_softmax" 55.26 0 NaN
"label\\_strength3\\_lr0.003\\_reduced goodness\\_every\\_label" 55.59 0 NaN
"label\\_strength3\\_lr0.003\\_reduced one\\_pass\\_softmax" 55.45 0 NaN
"label\\_strength3\\_lr0.03\\_reduced goodness\\_every\\_label" 53.64 0 NaN
"label\\_strength3\\_lr0.03\\_reduced one\\_pass\\_softmax" 55.2 0 NaN
"label\\_strength3\\_reduced goodness\\_every\\_label" 52.76 0 NaN
"label\\_strength3\\_reduced one\\_pass\\_softmax" 54.93 0 NaN
"lr0.003\\_reduced goodness\\_every\\_label" 57.58 0 NaN
"lr0.003\\_reduced one\\_pass\\_softmax" 55.99 0 NaN
EOD
set terminal svg size 900,390 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'cifar10\_ff\_choices: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [9.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [49.881:60.459]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,390 font 'Helvetica,10'
set output 'errors.png'
set title 'cifar10\_ff\_choices: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [9.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [49.881:60.459]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,2in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'cifar10\_ff\_choices: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [9.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [49.881:60.459]
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
