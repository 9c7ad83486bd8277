# fflab final test errors: ours (with standard deviation over seeds) and the paper's
$rows << EOD
"1\\_bp softmax" 10.8567 0.1041 0
"2\\_ff goodness\\_every\\_label" 15.44 0.2211 0
"2\\_ff one\\_pass\\_softmax" 15.9567 1.5567 0
"3\\_ff\\_symba goodness\\_every\\_label" 83.0733 4.9133 0
"3\\_ff\\_symba one\\_pass\\_softmax" 80.37 7.1677 0
"4\\_local\\_head softmax" 11.5567 0.1159 0
"5\\_drtp softmax" 90 0 0
"6\\_drtp\\_tanh softmax" 15.4133 0.255 0
"7\\_dfa softmax" 19.3633 0.9203 0
"8\\_pepita softmax" 15.59 0.5551 0
EOD
set title "local\\_rules\\_fashion\\_mnist: test error"
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
