# fflab final test errors: ours (with standard deviation over seeds) and the paper's
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
set title "cifar10: test error"
set ylabel 'test error (%)'
set style data histogram
set style histogram errorbars gap 1 lw 1
set style fill solid 0.6 border -1
set boxwidth 0.9
set xtics rotate by 90 right
set grid ytics
set yrange [0:*]
set key outside right top
plot $rows using 2:3:xtic(1) title 'fflab', '' using 4:(0) title 'paper'
set terminal svg size 900,760 dynamic font 'Helvetica,12'
set output 'errors.svg'
replot
set terminal pngcairo size 900,760 font 'Helvetica,10'
set output 'errors.png'
replot
unset output
