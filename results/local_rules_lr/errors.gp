# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"bp\\_lr0.01 softmax" 4.09 0 NaN
"bp\\_lr0.03 softmax" 2.75 0 NaN
"bp\\_lr0.1 softmax" 2.51 0 NaN
"bp\\_lr0.3 softmax" 4.34 0 NaN
"dfa\\_lr0.001 softmax" 7.97 0 NaN
"dfa\\_lr0.003 softmax" 8.27 0 NaN
"dfa\\_lr0.01 softmax" 12.51 0 NaN
"dfa\\_lr0.03 softmax" 17.41 0 NaN
"drtp\\_lr0.001 softmax" 89.68 0 NaN
"drtp\\_lr0.003 softmax" 89.9 0 NaN
"drtp\\_lr0.01 (diverged)" NaN 0 NaN
"drtp\\_tanh\\_lr0.003 softmax" 9.08 0 NaN
"drtp\\_tanh\\_lr0.01 softmax" 8.6 0 NaN
"drtp\\_tanh\\_lr0.03 softmax" 7.77 0 NaN
"drtp\\_tanh\\_lr0.1 softmax" 14.83 0 NaN
"ff\\_lr0.003 goodness\\_every\\_label" 7.5 0 NaN
"ff\\_lr0.003 one\\_pass\\_softmax" 4.89 0 NaN
"ff\\_lr0.01 goodness\\_every\\_label" 4.95 0 NaN
"ff\\_lr0.01 one\\_pass\\_softmax" 5.34 0 NaN
"ff\\_lr0.03 goodness\\_every\\_label" 65.22 0 NaN
"ff\\_lr0.03 one\\_pass\\_softmax" 70.85 0 NaN
"ff\\_symba\\_lr0.003 goodness\\_every\\_label" 78.48 0 NaN
"ff\\_symba\\_lr0.003 one\\_pass\\_softmax" 4.81 0 NaN
"ff\\_symba\\_lr0.01 goodness\\_every\\_label" 65.22 0 NaN
"ff\\_symba\\_lr0.01 one\\_pass\\_softmax" 4.74 0 NaN
"ff\\_symba\\_lr0.03 goodness\\_every\\_label" 64.54 0 NaN
"ff\\_symba\\_lr0.03 one\\_pass\\_softmax" 6.77 0 NaN
"ff\\_symba\\_lr0.1 goodness\\_every\\_label" 90.26 0 NaN
"ff\\_symba\\_lr0.1 one\\_pass\\_softmax" 90.63 0 NaN
"ff\\_symba\\_lr0.3 (diverged)" NaN 0 NaN
"ff\\_symba\\_lr1.0 (diverged)" NaN 0 NaN
"ff\\_symba\\_lr3.0 (diverged)" NaN 0 NaN
"local\\_head\\_lr0.01 softmax" 5.72 0 NaN
"local\\_head\\_lr0.03 softmax" 3.62 0 NaN
"local\\_head\\_lr0.1 softmax" 2.7 0 NaN
"local\\_head\\_lr0.3 softmax" 4.24 0 NaN
"pepita\\_lr0.01 softmax" 11.54 0 NaN
"pepita\\_lr0.03 softmax" 9.03 0 NaN
"pepita\\_lr0.1 (diverged)" NaN 0 NaN
EOD
set terminal svg size 900,1086 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'local\_rules\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [38.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [2:100]
set xtics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,1086 font 'Helvetica,10'
set output 'errors.png'
set title 'local\_rules\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [38.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [2:100]
set xtics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,5.77in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'local\_rules\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [38.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [2:100]
set xtics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
