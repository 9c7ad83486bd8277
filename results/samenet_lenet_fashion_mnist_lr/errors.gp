# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"bp\\_lr0.01 softmax" 10.87 0 NaN
"bp\\_lr0.03 softmax" 9.91 0 NaN
"bp\\_lr0.1 softmax" 11.04 0 NaN
"dfa\\_lr0.0003 softmax" 25.49 0 NaN
"dfa\\_lr0.001 softmax" 19.25 0 NaN
"dfa\\_lr0.003 softmax" 31.3 0 NaN
"dfa\\_lr0.01 softmax" 20.31 0 NaN
"drtp\\_lr0.001 softmax" 24.68 0 NaN
"drtp\\_lr0.003 softmax" 20.54 0 NaN
"drtp\\_lr0.01 softmax" 19.63 0 NaN
"drtp\\_lr0.03 softmax" 20.12 0 NaN
"fa\\_lr0.001 softmax" 19.92 0 NaN
"fa\\_lr0.003 softmax" 17.44 0 NaN
"fa\\_lr0.01 softmax" 29.58 0 NaN
"ff\\_lr0.0001 goodness\\_every\\_label" 62 0 NaN
"ff\\_lr0.0001 one\\_pass\\_softmax" 20.11 0 NaN
"ff\\_lr0.0001\\_first\\_block0.5 goodness\\_every\\_label" 63.71 0 NaN
"ff\\_lr0.0001\\_first\\_block0.5 one\\_pass\\_softmax" 17.29 0 NaN
"ff\\_lr0.0003 goodness\\_every\\_label" 38.45 0 NaN
"ff\\_lr0.0003 one\\_pass\\_softmax" 19.28 0 NaN
"ff\\_lr0.0003\\_first\\_block0.5 goodness\\_every\\_label" 39.8 0 NaN
"ff\\_lr0.0003\\_first\\_block0.5 one\\_pass\\_softmax" 14.57 0 NaN
"ff\\_lr0.001 goodness\\_every\\_label" 69.03 0 NaN
"ff\\_lr0.001 one\\_pass\\_softmax" 22.74 0 NaN
"ff\\_lr0.001\\_first\\_block0.5 goodness\\_every\\_label" 51.94 0 NaN
"ff\\_lr0.001\\_first\\_block0.5 one\\_pass\\_softmax" 26.66 0 NaN
"local\\_head\\_lr0.01 softmax" 10.84 0 NaN
"local\\_head\\_lr0.03 softmax" 10.41 0 NaN
"local\\_head\\_lr0.1 softmax" 12.97 0 NaN
"pepita\\_lr0.0001 softmax" 46.09 0 NaN
"pepita\\_lr0.0003 softmax" 38.7 0 NaN
"pepita\\_lr0.001 (diverged)" NaN 0 NaN
"pepita\\_lr0.001\\_conv\\_update\\_official softmax" 31.65 0 NaN
"pepita\\_lr0.003\\_conv\\_update\\_official softmax" 29.39 0 NaN
"pepita\\_lr0.01\\_conv\\_update\\_official (diverged)" NaN 0 NaN
"sign\\_symmetry\\_lr0.01 softmax" 13.42 0 NaN
"sign\\_symmetry\\_lr0.03 softmax" 12.3 0 NaN
"sign\\_symmetry\\_lr0.1 softmax" 12.3 0 NaN
"sign\\_symmetry\\_lr0.3 softmax" 18.5 0 NaN
"symba\\_lr0.1 goodness\\_every\\_label" 37.74 0 NaN
"symba\\_lr0.1 one\\_pass\\_softmax" 16.2 0 NaN
"symba\\_lr0.3 goodness\\_every\\_label" 20.61 0 NaN
"symba\\_lr0.3 one\\_pass\\_softmax" 15.43 0 NaN
"symba\\_lr1 goodness\\_every\\_label" 91.65 0 NaN
"symba\\_lr1 one\\_pass\\_softmax" 87.9 0 NaN
EOD
set terminal svg size 900,1230 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'samenet\_lenet\_fashion\_mnist\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [44.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [5:100]
set xtics ('5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,1230 font 'Helvetica,10'
set output 'errors.png'
set title 'samenet\_lenet\_fashion\_mnist\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [44.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [5:100]
set xtics ('5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,6.55in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'samenet\_lenet\_fashion\_mnist\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [44.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [5:100]
set xtics ('5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
