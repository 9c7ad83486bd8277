# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"bp\\_lr0.03 softmax" 1.68 0 NaN
"bp\\_lr0.1 softmax" 1.44 0 NaN
"bp\\_lr0.3 softmax" 1.77 0 NaN
"dfa\\_lr0.0003 softmax" 6.47 0 NaN
"dfa\\_lr0.001 softmax" 4.32 0 NaN
"dfa\\_lr0.003 softmax" 5.3 0 NaN
"dfa\\_lr0.01 softmax" 6.1 0 NaN
"drtp\\_lr0.01 softmax" 5.79 0 NaN
"drtp\\_lr0.03 softmax" 5.03 0 NaN
"drtp\\_lr0.1 softmax" 6.2 0 NaN
"fa\\_lr0.01 softmax" 4.13 0 NaN
"fa\\_lr0.03 softmax" 3.38 0 NaN
"fa\\_lr0.1 softmax" 6.97 0 NaN
"ff\\_lr0.003 goodness\\_every\\_label" 2.24 0 NaN
"ff\\_lr0.003 one\\_pass\\_softmax" 2.1 0 NaN
"ff\\_lr0.01 goodness\\_every\\_label" 2.01 0 NaN
"ff\\_lr0.01 one\\_pass\\_softmax" 1.85 0 NaN
"ff\\_lr0.01\\_threshold100 goodness\\_every\\_label" 2.83 0 NaN
"ff\\_lr0.01\\_threshold100 one\\_pass\\_softmax" 3.75 0 NaN
"ff\\_lr0.01\\_threshold300 goodness\\_every\\_label" 1.93 0 NaN
"ff\\_lr0.01\\_threshold300 one\\_pass\\_softmax" 2.05 0 NaN
"ff\\_lr0.01\\_threshold3000 goodness\\_every\\_label" 2.09 0 NaN
"ff\\_lr0.01\\_threshold3000 one\\_pass\\_softmax" 2.04 0 NaN
"ff\\_lr0.03 goodness\\_every\\_label" 13.67 0 NaN
"ff\\_lr0.03 one\\_pass\\_softmax" 55.62 0 NaN
"local\\_head\\_lr0.03 softmax" 1.86 0 NaN
"local\\_head\\_lr0.1 softmax" 1.71 0 NaN
"local\\_head\\_lr0.3 softmax" 1.65 0 NaN
"local\\_head\\_lr1 (diverged)" NaN 0 NaN
"pepita\\_lr0.01 softmax" 7.81 0 NaN
"pepita\\_lr0.03 softmax" 5.6 0 NaN
"pepita\\_lr0.1 (diverged)" NaN 0 NaN
"sign\\_symmetry\\_lr0.01 softmax" 2.66 0 NaN
"sign\\_symmetry\\_lr0.03 softmax" 2.2 0 NaN
"sign\\_symmetry\\_lr0.1 softmax" 1.79 0 NaN
"sign\\_symmetry\\_lr0.3 softmax" 2.04 0 NaN
"symba\\_lr1 goodness\\_every\\_label" 3.77 0 NaN
"symba\\_lr1 one\\_pass\\_softmax" 3.31 0 NaN
"symba\\_lr10 goodness\\_every\\_label" 1.9 0 NaN
"symba\\_lr10 one\\_pass\\_softmax" 1.79 0 NaN
"symba\\_lr100 goodness\\_every\\_label" 83.45 0 NaN
"symba\\_lr100 one\\_pass\\_softmax" 78.99 0 NaN
"symba\\_lr3 goodness\\_every\\_label" 2.37 0 NaN
"symba\\_lr3 one\\_pass\\_softmax" 2.23 0 NaN
"symba\\_lr30 goodness\\_every\\_label" 2.01 0 NaN
"symba\\_lr30 one\\_pass\\_softmax" 1.87 0 NaN
EOD
set terminal svg size 900,1254 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'samenet\_mnist\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [45.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [1:100]
set xtics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,1254 font 'Helvetica,10'
set output 'errors.png'
set title 'samenet\_mnist\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [45.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [1:100]
set xtics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,6.68in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'samenet\_mnist\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [45.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [1:100]
set xtics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
