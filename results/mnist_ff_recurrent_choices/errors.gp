# fflab final test errors: ours (with standard deviation over seeds) and the paper's
$rows << EOD
"baseline\\_8ep goodness\\_every\\_label" 3.14 0 0
"baseline\\_8ep goodness\\_all\\_but\\_first" 3.35 0 0
"baseline\\_8ep goodness\\_last\\_block" 3.77 0 0
"baseline\\_8ep one\\_pass\\_softmax" 2.44 0 0
"label\\_strength10\\_8ep goodness\\_every\\_label" 2.55 0 0
"label\\_strength10\\_8ep one\\_pass\\_softmax" 2.81 0 0
"label\\_strength3\\_8ep goodness\\_every\\_label" 2.36 0 0
"label\\_strength3\\_8ep one\\_pass\\_softmax" 2.48 0 0
"train\\_from\\_3\\_8ep goodness\\_every\\_label" 2.98 0 0
"train\\_from\\_3\\_8ep goodness\\_all\\_but\\_first" 3.04 0 0
"train\\_from\\_3\\_8ep goodness\\_last\\_block" 3.49 0 0
"train\\_from\\_3\\_8ep one\\_pass\\_softmax" 2.72 0 0
EOD
set title "mnist\\_ff\\_recurrent\\_choices: test error"
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
