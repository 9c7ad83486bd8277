# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"recurrent\\_lr0.001 goodness\\_every\\_label" 8.14 0 NaN
"recurrent\\_lr0.001 one\\_pass\\_softmax" 6.51 0 NaN
"recurrent\\_lr0.003 goodness\\_every\\_label" 5.87 0 NaN
"recurrent\\_lr0.003 one\\_pass\\_softmax" 5 0 NaN
"recurrent\\_lr0.01 goodness\\_every\\_label" 11.02 0 NaN
"recurrent\\_lr0.01 one\\_pass\\_softmax" 8.42 0 NaN
"supervised\\_hard\\_lr0.003\\_peer goodness\\_every\\_label" 4.48 0 NaN
"supervised\\_hard\\_lr0.003\\_peer one\\_pass\\_softmax" 4.71 0 NaN
"supervised\\_hard\\_lr0.01\\_peer goodness\\_every\\_label" 11.39 0 NaN
"supervised\\_hard\\_lr0.01\\_peer one\\_pass\\_softmax" 28.94 0 NaN
"supervised\\_lr0.001 goodness\\_every\\_label" 7.08 0 NaN
"supervised\\_lr0.001 one\\_pass\\_softmax" 4.24 0 NaN
"supervised\\_lr0.003 goodness\\_every\\_label" 5.83 0 NaN
"supervised\\_lr0.003 one\\_pass\\_softmax" 5.64 0 NaN
"supervised\\_lr0.003\\_peer goodness\\_every\\_label" 5.37 0 NaN
"supervised\\_lr0.003\\_peer one\\_pass\\_softmax" 6.67 0 NaN
"supervised\\_lr0.01 goodness\\_every\\_label" 33.44 0 NaN
"supervised\\_lr0.01 one\\_pass\\_softmax" 15.03 0 NaN
"supervised\\_lr0.01\\_peer goodness\\_every\\_label" 8.21 0 NaN
"supervised\\_lr0.01\\_peer one\\_pass\\_softmax" 16.59 0 NaN
"unsupervised\\_lr0.0003 linear\\_readout" 7.12 0 NaN
"unsupervised\\_lr0.001 linear\\_readout" 4.32 0 NaN
"unsupervised\\_lr0.003 linear\\_readout" 4.7 0 NaN
"unsupervised\\_lr0.01 linear\\_readout" 23.21 0 NaN
EOD
set terminal svg size 900,726 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'mnist\_ff\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [23.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [2:50]
set xtics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,726 font 'Helvetica,10'
set output 'errors.png'
set title 'mnist\_ff\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [23.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [2:50]
set xtics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,3.82in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'mnist\_ff\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [23.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [2:50]
set xtics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50)
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
