# fflab final test errors: ours (with standard deviation over seeds) and the paper's
$rows << EOD
"1\\_bp softmax" 1.44 0.0557 0
"2\\_ff goodness\\_every\\_label" 2.01 0.1345 0
"2\\_ff one\\_pass\\_softmax" 1.8833 0.0971 0
"3\\_ff\\_symba goodness\\_every\\_label" 82.0233 3.2986 0
"3\\_ff\\_symba one\\_pass\\_softmax" 9.3333 0.358 0
"4\\_local\\_head softmax" 1.5967 0.0351 0
"5\\_drtp softmax" 90.0333 0.2715 0
"6\\_drtp\\_tanh softmax" 5.0033 0.0493 0
"7\\_dfa softmax" 4.8333 0.168 0
"8\\_pepita softmax" 5.4733 0.0896 0
EOD
set title "local\\_rules\\_mnist: test error"
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
