# fflab final test errors: ours (with standard deviation over seeds) and the paper's
$rows << EOD
"baseline\\_reduced goodness\\_every\\_label" 54.85 0 0
"baseline\\_reduced one\\_pass\\_softmax" 55.26 0 0
"label\\_strength3\\_lr0.003\\_reduced goodness\\_every\\_label" 55.59 0 0
"label\\_strength3\\_lr0.003\\_reduced one\\_pass\\_softmax" 55.45 0 0
"label\\_strength3\\_lr0.03\\_reduced goodness\\_every\\_label" 53.64 0 0
"label\\_strength3\\_lr0.03\\_reduced one\\_pass\\_softmax" 55.2 0 0
"label\\_strength3\\_reduced goodness\\_every\\_label" 52.76 0 0
"label\\_strength3\\_reduced one\\_pass\\_softmax" 54.93 0 0
"lr0.003\\_reduced goodness\\_every\\_label" 57.58 0 0
"lr0.003\\_reduced one\\_pass\\_softmax" 55.99 0 0
EOD
set title "cifar10\\_ff\\_choices: test error"
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
