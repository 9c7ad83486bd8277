# fflab final test errors: ours (with standard deviation over seeds) and the paper's
$rows << EOD
"bp\\_2\\_hidden\\_timing softmax" 62 0 0
"bp\\_3\\_hidden\\_timing softmax" 67 0 0
"ff\\_max\\_ssq\\_2\\_hidden\\_timing one\\_pass\\_softmax" 75 0 0
"ff\\_max\\_ssq\\_3\\_hidden\\_timing one\\_pass\\_softmax" 81 0 0
"ff\\_min\\_ssq\\_2\\_hidden\\_timing one\\_pass\\_softmax" 84 0 0
"ff\\_min\\_ssq\\_3\\_hidden\\_timing one\\_pass\\_softmax" 84 0 0
EOD
set title "cifar10\\_timing: test error"
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
