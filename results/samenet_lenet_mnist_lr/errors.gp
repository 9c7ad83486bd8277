# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"bp\\_lr0.01 softmax" 1.06 0 NaN
"bp\\_lr0.03 softmax" 0.92 0 NaN
"bp\\_lr0.1 softmax" 1.08 0 NaN
"bp\\_lr0.3 softmax" 88.65 0 NaN
"dfa\\_lr0.0003 softmax" 9.17 0 NaN
"dfa\\_lr0.001 softmax" 5.01 0 NaN
"dfa\\_lr0.003 softmax" 3.88 0 NaN
"dfa\\_lr0.01 softmax" 5.2 0 NaN
"drtp\\_lr0.003 softmax" 7.9 0 NaN
"drtp\\_lr0.01 softmax" 7.17 0 NaN
"drtp\\_lr0.03 softmax" 7.51 0 NaN
"drtp\\_lr0.1 softmax" 7.97 0 NaN
"fa\\_lr0.001 softmax" 7.39 0 NaN
"fa\\_lr0.003 softmax" 4.72 0 NaN
"fa\\_lr0.01 softmax" 7.85 0 NaN
"fa\\_lr0.03 softmax" 87.81 0 NaN
"fa\\_lr0.1 softmax" 83.95 0 NaN
"ff\\_lr0.0001 goodness\\_every\\_label" 45.54 0 NaN
"ff\\_lr0.0001 one\\_pass\\_softmax" 5.8 0 NaN
"ff\\_lr0.0001\\_first\\_block0.5 goodness\\_every\\_label" 35.83 0 NaN
"ff\\_lr0.0001\\_first\\_block0.5 one\\_pass\\_softmax" 4.01 0 NaN
"ff\\_lr0.0003 goodness\\_every\\_label" 24.82 0 NaN
"ff\\_lr0.0003 one\\_pass\\_softmax" 3.27 0 NaN
"ff\\_lr0.0003\\_first\\_block0.5 goodness\\_every\\_label" 16.32 0 NaN
"ff\\_lr0.0003\\_first\\_block0.5 one\\_pass\\_softmax" 2.54 0 NaN
"ff\\_lr0.001 goodness\\_every\\_label" 40.61 0 NaN
"ff\\_lr0.001 one\\_pass\\_softmax" 10.65 0 NaN
"ff\\_lr0.001\\_first\\_block0.5 goodness\\_every\\_label" 23.21 0 NaN
"ff\\_lr0.001\\_first\\_block0.5 one\\_pass\\_softmax" 5.03 0 NaN
"ff\\_lr0.003 goodness\\_every\\_label" 90.2 0 NaN
"ff\\_lr0.003 one\\_pass\\_softmax" 89.91 0 NaN
"ff\\_lr0.01 goodness\\_every\\_label" 90.2 0 NaN
"ff\\_lr0.01 one\\_pass\\_softmax" 88.65 0 NaN
"ff\\_lr0.03 goodness\\_every\\_label" 90.2 0 NaN
"ff\\_lr0.03 one\\_pass\\_softmax" 88.65 0 NaN
"local\\_head\\_lr0.01 softmax" 1.27 0 NaN
"local\\_head\\_lr0.03 softmax" 1.09 0 NaN
"local\\_head\\_lr0.1 softmax" 1.61 0 NaN
"local\\_head\\_lr0.3 softmax" 88.65 0 NaN
"local\\_head\\_lr1 softmax" 88.65 0 NaN
"pepita\\_lr0.0001 softmax" 42.35 0 NaN
"pepita\\_lr0.0001\\_conv\\_update\\_official softmax" 39.67 0 NaN
"pepita\\_lr0.0003 softmax" 32.06 0 NaN
"pepita\\_lr0.0003\\_conv\\_update\\_official softmax" 27.22 0 NaN
"pepita\\_lr0.001 (diverged)" NaN 0 NaN
"pepita\\_lr0.001\\_conv\\_update\\_official softmax" 23.68 0 NaN
"pepita\\_lr0.003 (diverged)" NaN 0 NaN
"pepita\\_lr0.003\\_conv\\_update\\_official softmax" 21.05 0 NaN
"pepita\\_lr0.01 (diverged)" NaN 0 NaN
"pepita\\_lr0.01\\_conv\\_update\\_official (diverged)" NaN 0 NaN
"pepita\\_lr0.03 (diverged)" NaN 0 NaN
"pepita\\_lr0.03\\_conv\\_update\\_official (diverged)" NaN 0 NaN
"pepita\\_lr0.1 (diverged)" NaN 0 NaN
"sign\\_symmetry\\_lr0.01 softmax" 1.94 0 NaN
"sign\\_symmetry\\_lr0.03 softmax" 1.38 0 NaN
"sign\\_symmetry\\_lr0.1 softmax" 1.59 0 NaN
"sign\\_symmetry\\_lr0.3 softmax" 2.02 0 NaN
"symba\\_lr0.01 goodness\\_every\\_label" 44.86 0 NaN
"symba\\_lr0.01 one\\_pass\\_softmax" 3.68 0 NaN
"symba\\_lr0.03 goodness\\_every\\_label" 30.77 0 NaN
"symba\\_lr0.03 one\\_pass\\_softmax" 2.9 0 NaN
"symba\\_lr0.1 goodness\\_every\\_label" 7.5 0 NaN
"symba\\_lr0.1 one\\_pass\\_softmax" 3.39 0 NaN
"symba\\_lr0.3 goodness\\_every\\_label" 6.94 0 NaN
"symba\\_lr0.3 one\\_pass\\_softmax" 3.77 0 NaN
"symba\\_lr1 goodness\\_every\\_label" 91.47 0 NaN
"symba\\_lr1 one\\_pass\\_softmax" 88.52 0 NaN
"symba\\_lr10 goodness\\_every\\_label" 90.2 0 NaN
"symba\\_lr10 one\\_pass\\_softmax" 88.65 0 NaN
"symba\\_lr100 goodness\\_every\\_label" 90.2 0 NaN
"symba\\_lr100 one\\_pass\\_softmax" 90.26 0 NaN
"symba\\_lr3 goodness\\_every\\_label" 90.19 0 NaN
"symba\\_lr3 one\\_pass\\_softmax" 88.65 0 NaN
"symba\\_lr30 goodness\\_every\\_label" 90.2 0 NaN
"symba\\_lr30 one\\_pass\\_softmax" 90.26 0 NaN
EOD
set terminal svg size 900,1950 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'samenet\_lenet\_mnist\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [74.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [0.5:100]
set xtics ('0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,1950 font 'Helvetica,10'
set output 'errors.png'
set title 'samenet\_lenet\_mnist\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [74.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [0.5:100]
set xtics ('0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,10.45in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'samenet\_lenet\_mnist\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [74.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [0.5:100]
set xtics ('0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
