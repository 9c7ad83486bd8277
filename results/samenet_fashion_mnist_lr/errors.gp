# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"bp\\_lr0.01 softmax" 11.34 0 NaN
"bp\\_lr0.03 softmax" 10.6 0 NaN
"bp\\_lr0.1 softmax" 11.07 0 NaN
"bp\\_lr0.3 softmax" 90 0 NaN
"dfa\\_lr0.0001 softmax" 18.91 0 NaN
"dfa\\_lr0.0003 softmax" 16.2 0 NaN
"dfa\\_lr0.001 softmax" 18.68 0 NaN
"dfa\\_lr0.003 softmax" 19.27 0 NaN
"drtp\\_lr0.01 softmax" 15.73 0 NaN
"drtp\\_lr0.03 softmax" 15.26 0 NaN
"drtp\\_lr0.1 softmax" 17.54 0 NaN
"fa\\_lr0.003 softmax" 16.22 0 NaN
"fa\\_lr0.01 softmax" 14.95 0 NaN
"fa\\_lr0.03 softmax" 16.86 0 NaN
"fa\\_lr0.1 softmax" 21.49 0 NaN
"ff\\_lr0.003\\_threshold300 goodness\\_every\\_label" 15.43 0 NaN
"ff\\_lr0.003\\_threshold300 one\\_pass\\_softmax" 12.16 0 NaN
"ff\\_lr0.01\\_threshold100 goodness\\_every\\_label" 16.11 0 NaN
"ff\\_lr0.01\\_threshold100 one\\_pass\\_softmax" 18.03 0 NaN
"ff\\_lr0.01\\_threshold1000 goodness\\_every\\_label" 15.21 0 NaN
"ff\\_lr0.01\\_threshold1000 one\\_pass\\_softmax" 15.12 0 NaN
"ff\\_lr0.01\\_threshold300 goodness\\_every\\_label" 14.62 0 NaN
"ff\\_lr0.01\\_threshold300 one\\_pass\\_softmax" 14.67 0 NaN
"ff\\_lr0.03\\_threshold300 goodness\\_every\\_label" 82.41 0 NaN
"ff\\_lr0.03\\_threshold300 one\\_pass\\_softmax" 89.23 0 NaN
"local\\_head\\_lr0.01 softmax" 12.14 0 NaN
"local\\_head\\_lr0.03 softmax" 10.96 0 NaN
"local\\_head\\_lr0.1 softmax" 11.5 0 NaN
"local\\_head\\_lr0.3 softmax" 18.5 0 NaN
"local\\_head\\_lr1 softmax" 90 0 NaN
"pepita\\_lr0.01 softmax" 17.13 0 NaN
"pepita\\_lr0.03 softmax" 14.96 0 NaN
"pepita\\_lr0.1 (diverged)" NaN 0 NaN
"sign\\_symmetry\\_lr0.01 softmax" 12.31 0 NaN
"sign\\_symmetry\\_lr0.03 softmax" 11.79 0 NaN
"sign\\_symmetry\\_lr0.1 softmax" 11.23 0 NaN
"sign\\_symmetry\\_lr0.3 softmax" 12.35 0 NaN
"symba\\_lr1 goodness\\_every\\_label" 14.91 0 NaN
"symba\\_lr1 one\\_pass\\_softmax" 14.56 0 NaN
"symba\\_lr10 goodness\\_every\\_label" 13.04 0 NaN
"symba\\_lr10 one\\_pass\\_softmax" 12.39 0 NaN
"symba\\_lr100 goodness\\_every\\_label" 89.98 0 NaN
"symba\\_lr100 one\\_pass\\_softmax" 90 0 NaN
"symba\\_lr3 goodness\\_every\\_label" 12.83 0 NaN
"symba\\_lr3 one\\_pass\\_softmax" 13.01 0 NaN
"symba\\_lr30 goodness\\_every\\_label" 59.92 0 NaN
"symba\\_lr30 one\\_pass\\_softmax" 47.99 0 NaN
EOD
set terminal svg size 900,1278 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'samenet\_fashion\_mnist\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [46.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [10:100]
set xtics ('10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,1278 font 'Helvetica,10'
set output 'errors.png'
set title 'samenet\_fashion\_mnist\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [46.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [10:100]
set xtics ('10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,6.81in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'samenet\_fashion\_mnist\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [46.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [10:100]
set xtics ('10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
