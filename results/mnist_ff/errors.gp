# fflab final test errors: ours (with standard deviation over seeds) and the paper's
$rows << EOD
"bp\\_4x2000\\_seeds softmax" 1.48 0.0529 1.4
"hinton\\_code\\_3x1000 goodness\\_every\\_label" 1.54 0 1.44
"hinton\\_code\\_3x1000 one\\_pass\\_softmax" 1.62 0 1.44
"recurrent\\_3x1000 goodness\\_every\\_label" 2.11 0 1.31
"recurrent\\_3x1000 one\\_pass\\_softmax" 2.14 0 1.31
"recurrent\\_3x1000\\_from3 goodness\\_every\\_label" 1.95 0 1.31
"recurrent\\_3x1000\\_from3 one\\_pass\\_softmax" 1.89 0 1.31
"recurrent\\_3x1000\\_label3 goodness\\_every\\_label" 1.74 0 1.31
"recurrent\\_3x1000\\_label3 one\\_pass\\_softmax" 1.95 0 1.31
"recurrent\\_3x2000\\_label3 goodness\\_every\\_label" 1.49 0 1.31
"recurrent\\_3x2000\\_label3 one\\_pass\\_softmax" 1.53 0 1.31
"supervised\\_4x2000 goodness\\_every\\_label" 1.65 0 1.36
"supervised\\_4x2000 one\\_pass\\_softmax" 1.61 0 1.36
"supervised\\_4x2000\\_hard goodness\\_every\\_label" 1.44 0 1.36
"supervised\\_4x2000\\_hard one\\_pass\\_softmax" 1.47 0 1.36
"unsupervised\\_hybrid\\_4x2000 linear\\_readout" 1.56 0 1.37
EOD
set title "mnist\\_ff: test error"
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
