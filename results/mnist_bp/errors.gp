# fflab final test errors: ours (with standard deviation over seeds) and the paper's
$rows << EOD
"bp\\_4x2000 softmax" 1.5 0 1.4
"bp\\_4x2000\\_dropout softmax" 1.36 0 1.4
"bp\\_4x2000\\_dropout\\_seeds softmax" 1.3767 0.0862 1.4
"bp\\_4x2000\\_jitter\\_seeds softmax" 0.8967 0.0208 1.4
"bp\\_4x2000\\_seeds softmax" 1.48 0.0529 1.4
EOD
set title "mnist\\_bp: test error"
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
