# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"bp\\_2\\_hidden softmax" 37.93 0 37
"bp\\_2\\_hidden\\_reduced softmax" 48.82 0 37
"bp\\_3\\_hidden softmax" 38.74 0 39
"bp\\_3\\_hidden\\_reduced softmax" 48.93 0 39
"ff\\_max\\_ssq\\_2\\_hidden goodness\\_every\\_label" 41.95 0 44
"ff\\_max\\_ssq\\_2\\_hidden one\\_pass\\_softmax" 43.73 0 46
"ff\\_max\\_ssq\\_2\\_hidden\\_reduced goodness\\_every\\_label" 53.81 0 44
"ff\\_max\\_ssq\\_2\\_hidden\\_reduced one\\_pass\\_softmax" 54.6 0 46
"ff\\_max\\_ssq\\_3\\_hidden\\_reduced goodness\\_every\\_label" 54.72 0 44
"ff\\_max\\_ssq\\_3\\_hidden\\_reduced one\\_pass\\_softmax" 56.54 0 46
"ff\\_min\\_ssq\\_2\\_hidden goodness\\_every\\_label" 40.55 0 41
"ff\\_min\\_ssq\\_2\\_hidden one\\_pass\\_softmax" 42.48 0 45
"ff\\_min\\_ssq\\_2\\_hidden\\_reduced goodness\\_every\\_label" 52.76 0 41
"ff\\_min\\_ssq\\_2\\_hidden\\_reduced one\\_pass\\_softmax" 54.93 0 45
"ff\\_min\\_ssq\\_3\\_hidden\\_reduced goodness\\_every\\_label" 54.17 0 41
"ff\\_min\\_ssq\\_3\\_hidden\\_reduced one\\_pass\\_softmax" 56.49 0 44
EOD
set terminal svg size 900,534 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'cifar10: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [15.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [34.173:59.367]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
set terminal pngcairo size 900,534 font 'Helvetica,10'
set output 'errors.png'
set title 'cifar10: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [15.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [34.173:59.367]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
set terminal pdfcairo size 7in,2.78in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'cifar10: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [15.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [34.173:59.367]
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
