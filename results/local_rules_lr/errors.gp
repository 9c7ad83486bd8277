# fflab final test errors: ours (with standard deviation over seeds) and the paper's
$rows << EOD
"bp\\_lr0.01 softmax" 4.09 0 0
"bp\\_lr0.03 softmax" 2.75 0 0
"bp\\_lr0.1 softmax" 2.51 0 0
"bp\\_lr0.3 softmax" 4.34 0 0
"dfa\\_lr0.001 softmax" 7.97 0 0
"dfa\\_lr0.003 softmax" 8.27 0 0
"dfa\\_lr0.01 softmax" 12.51 0 0
"dfa\\_lr0.03 softmax" 17.41 0 0
"drtp\\_lr0.001 softmax" 89.68 0 0
"drtp\\_lr0.003 softmax" 89.9 0 0
"drtp\\_lr0.01" 0 0 0
"drtp\\_tanh\\_lr0.003 softmax" 9.08 0 0
"drtp\\_tanh\\_lr0.01 softmax" 8.6 0 0
"drtp\\_tanh\\_lr0.03 softmax" 7.77 0 0
"drtp\\_tanh\\_lr0.1 softmax" 14.83 0 0
"ff\\_lr0.003 goodness\\_every\\_label" 7.5 0 0
"ff\\_lr0.003 one\\_pass\\_softmax" 4.89 0 0
"ff\\_lr0.01 goodness\\_every\\_label" 4.95 0 0
"ff\\_lr0.01 one\\_pass\\_softmax" 5.34 0 0
"ff\\_lr0.03 goodness\\_every\\_label" 65.22 0 0
"ff\\_lr0.03 one\\_pass\\_softmax" 70.85 0 0
"ff\\_symba\\_lr0.003 goodness\\_every\\_label" 78.48 0 0
"ff\\_symba\\_lr0.003 one\\_pass\\_softmax" 4.81 0 0
"ff\\_symba\\_lr0.01 goodness\\_every\\_label" 65.22 0 0
"ff\\_symba\\_lr0.01 one\\_pass\\_softmax" 4.74 0 0
"ff\\_symba\\_lr0.03 goodness\\_every\\_label" 64.54 0 0
"ff\\_symba\\_lr0.03 one\\_pass\\_softmax" 6.77 0 0
"ff\\_symba\\_lr0.1 goodness\\_every\\_label" 90.26 0 0
"ff\\_symba\\_lr0.1 one\\_pass\\_softmax" 90.63 0 0
"ff\\_symba\\_lr0.3" 0 0 0
"ff\\_symba\\_lr1.0" 0 0 0
"ff\\_symba\\_lr3.0" 0 0 0
"local\\_head\\_lr0.01 softmax" 5.72 0 0
"local\\_head\\_lr0.03 softmax" 3.62 0 0
"local\\_head\\_lr0.1 softmax" 2.7 0 0
"local\\_head\\_lr0.3 softmax" 4.24 0 0
"pepita\\_lr0.01 softmax" 11.54 0 0
"pepita\\_lr0.03 softmax" 9.03 0 0
"pepita\\_lr0.1" 0 0 0
EOD
set title "local\\_rules\\_lr: test error"
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
