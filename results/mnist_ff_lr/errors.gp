# fflab final test errors: ours (with standard deviation over seeds) and the paper's
$rows << EOD
"recurrent\\_lr0.001 goodness\\_every\\_label" 8.14 0 0
"recurrent\\_lr0.001 one\\_pass\\_softmax" 6.51 0 0
"recurrent\\_lr0.003 goodness\\_every\\_label" 5.87 0 0
"recurrent\\_lr0.003 one\\_pass\\_softmax" 5 0 0
"recurrent\\_lr0.01 goodness\\_every\\_label" 11.02 0 0
"recurrent\\_lr0.01 one\\_pass\\_softmax" 8.42 0 0
"supervised\\_hard\\_lr0.003\\_peer goodness\\_every\\_label" 4.48 0 0
"supervised\\_hard\\_lr0.003\\_peer one\\_pass\\_softmax" 4.71 0 0
"supervised\\_hard\\_lr0.01\\_peer goodness\\_every\\_label" 11.39 0 0
"supervised\\_hard\\_lr0.01\\_peer one\\_pass\\_softmax" 28.94 0 0
"supervised\\_lr0.001 goodness\\_every\\_label" 7.08 0 0
"supervised\\_lr0.001 one\\_pass\\_softmax" 4.24 0 0
"supervised\\_lr0.003 goodness\\_every\\_label" 5.83 0 0
"supervised\\_lr0.003 one\\_pass\\_softmax" 5.64 0 0
"supervised\\_lr0.003\\_peer goodness\\_every\\_label" 5.37 0 0
"supervised\\_lr0.003\\_peer one\\_pass\\_softmax" 6.67 0 0
"supervised\\_lr0.01 goodness\\_every\\_label" 33.44 0 0
"supervised\\_lr0.01 one\\_pass\\_softmax" 15.03 0 0
"supervised\\_lr0.01\\_peer goodness\\_every\\_label" 8.21 0 0
"supervised\\_lr0.01\\_peer one\\_pass\\_softmax" 16.59 0 0
"unsupervised\\_lr0.0003 linear\\_readout" 7.12 0 0
"unsupervised\\_lr0.001 linear\\_readout" 4.32 0 0
"unsupervised\\_lr0.003 linear\\_readout" 4.7 0 0
"unsupervised\\_lr0.01 linear\\_readout" 23.21 0 0
EOD
set title "mnist\\_ff\\_lr: test error"
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
