# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 16.15 16.15 16.15
2 11.15 11.15 11.15
3 8.59 8.59 8.59
EOD
$c0_1 << EOD
1 12.206 12.206 12.206
2 7.052 7.052 7.052
3 6.128 6.128 6.128
EOD
$c1_0 << EOD
1 9.99 9.99 9.99
2 7.66 7.66 7.66
3 6.26 6.26 6.26
EOD
$c1_1 << EOD
1 13.026 13.026 13.026
2 6.584 6.584 6.584
3 5.176 5.176 5.176
EOD
$c2_0 << EOD
1 27.75 27.75 27.75
2 15.73 15.73 15.73
3 10.97 10.97 10.97
EOD
$c2_1 << EOD
1 31.322 31.322 31.322
2 12.044 12.044 12.044
3 9.666 9.666 9.666
EOD
$c3_0 << EOD
1 10.04 10.04 10.04
2 4.92 4.92 4.92
3 4.36 4.36 4.36
EOD
$c3_1 << EOD
1 15.06 15.06 15.06
2 5.824 5.824 5.824
3 4.448 4.448 4.448
EOD
$c4_0 << EOD
1 11.37 11.37 11.37
2 11.14 11.14 11.14
3 11.1 11.1 11.1
EOD
$c4_1 << EOD
1 43.664 43.664 43.664
2 36.196 36.196 36.196
3 27.304 27.304 27.304
EOD
$c5_0 << EOD
1 11.57 11.57 11.57
2 8.93 8.93 8.93
3 7.52 7.52 7.52
EOD
$c5_1 << EOD
1 15.998 15.998 15.998
2 6.674 6.674 6.674
3 5.554 5.554 5.554
EOD
$c6_0 << EOD
1 10.12 10.12 10.12
2 7.22 7.22 7.22
3 6.14 6.14 6.14
EOD
$c6_1 << EOD
1 19.748 19.748 19.748
2 8.758 8.758 8.758
3 6.958 6.958 6.958
EOD
$c7_0 << EOD
1 11.94 11.94 11.94
2 6.64 6.64 6.64
3 5.6 5.6 5.6
EOD
$c7_1 << EOD
1 23.664 23.664 23.664
2 9.256 9.256 9.256
3 6.538 6.538 6.538
EOD
$c8_0 << EOD
1 23.86 23.86 23.86
2 11.94 11.94 11.94
3 34.92 34.92 34.92
EOD
$c8_1 << EOD
1 38.53 38.53 38.53
2 25.532 25.532 25.532
3 19.944 19.944 19.944
EOD
$c9_0 << EOD
1 11.82 11.82 11.82
2 10.28 10.28 10.28
3 8.4 8.4 8.4
EOD
$c9_1 << EOD
1 48.73 48.73 48.73
2 36.412 36.412 36.412
3 23.74 23.74 23.74
EOD
$c10_0 << EOD
1 8.39 8.39 8.39
2 7.58 7.58 7.58
3 7.04 7.04 7.04
EOD
$c10_1 << EOD
1 17.382 17.382 17.382
2 8.338 8.338 8.338
3 7.096 7.096 7.096
EOD
$c11_0 << EOD
1 6.83 6.83 6.83
2 5.8 5.8 5.8
3 4.49 4.49 4.49
EOD
$c11_1 << EOD
1 16.018 16.018 16.018
2 6.79 6.79 6.79
3 5.17 5.17 5.17
EOD
$c12_0 << EOD
1 7.39 7.39 7.39
2 5.54 5.54 5.54
3 5.16 5.16 5.16
EOD
$c12_1 << EOD
1 15.612 15.612 15.612
2 7.166 7.166 7.166
3 5.52 5.52 5.52
EOD
$c13_0 << EOD
1 32.03 32.03 32.03
2 22.6 22.6 22.6
3 23.22 23.22 23.22
EOD
$c13_1 << EOD
1 38.982 38.982 38.982
2 25.772 25.772 25.772
3 25.338 25.338 25.338
EOD
set terminal svg size 1300,860 dynamic font 'Helvetica,12'
set output 'curves.svg'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xtics 1
set xrange [0.8:3.2]
set logscale y
set yrange [2:50]
set ytics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0329302 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'mnist\_ff\_lr: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.436047
set origin 0, 0.517442
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'recurrent\_lr0.001', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'recurrent\_lr0.003', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'recurrent\_lr0.01', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'supervised\_hard\_lr0.003\_peer', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'supervised\_hard\_lr0.01\_peer', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.436047
set origin 0.5, 0.517442
plot $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'supervised\_lr0.001', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'supervised\_lr0.003', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'supervised\_lr0.003\_peer', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'supervised\_lr0.01', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'supervised\_lr0.01\_peer', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.436047
set origin 0, 0.0813953
plot $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'unsupervised\_lr0.0003', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'unsupervised\_lr0.001', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'unsupervised\_lr0.003', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c13_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'unsupervised\_lr0.01', \
     $c13_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
set terminal pngcairo size 1300,860 font 'Helvetica,10'
set output 'curves.png'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xtics 1
set xrange [0.8:3.2]
set logscale y
set yrange [2:50]
set ytics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0329302 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'mnist\_ff\_lr: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.436047
set origin 0, 0.517442
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'recurrent\_lr0.001', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'recurrent\_lr0.003', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'recurrent\_lr0.01', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'supervised\_hard\_lr0.003\_peer', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'supervised\_hard\_lr0.01\_peer', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.436047
set origin 0.5, 0.517442
plot $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'supervised\_lr0.001', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'supervised\_lr0.003', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'supervised\_lr0.003\_peer', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'supervised\_lr0.01', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'supervised\_lr0.01\_peer', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.436047
set origin 0, 0.0813953
plot $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'unsupervised\_lr0.0003', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'unsupervised\_lr0.001', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'unsupervised\_lr0.003', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c13_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'unsupervised\_lr0.01', \
     $c13_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
set terminal pdfcairo size 7in,4.8in font 'Helvetica,6' linewidth 0.6
set output 'curves.pdf'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xtics 1
set xrange [0.8:3.2]
set logscale y
set yrange [2:50]
set ytics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50)
set bmargin
set multiplot title 'mnist\_ff\_lr: learning curves'
set key below horizontal Left reverse samplen 1.5 font ',5'
set size 0.5, 0.436047
set origin 0, 0.517442
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'recurrent\_lr0.001', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'recurrent\_lr0.003', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'recurrent\_lr0.01', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'supervised\_hard\_lr0.003\_peer', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'supervised\_hard\_lr0.01\_peer', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.436047
set origin 0.5, 0.517442
plot $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'supervised\_lr0.001', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'supervised\_lr0.003', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'supervised\_lr0.003\_peer', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'supervised\_lr0.01', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'supervised\_lr0.01\_peer', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.436047
set origin 0, 0.0813953
plot $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'unsupervised\_lr0.0003', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'unsupervised\_lr0.001', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'unsupervised\_lr0.003', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c13_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'unsupervised\_lr0.01', \
     $c13_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
