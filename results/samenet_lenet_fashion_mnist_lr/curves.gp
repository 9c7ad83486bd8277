# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 16.18 16.18 16.18
2 14.03 14.03 14.03
3 13.37 13.37 13.37
4 12.41 12.41 12.41
5 11.38 11.38 11.38
6 11.63 11.63 11.63
7 10.94 10.94 10.94
8 10.65 10.65 10.65
9 10.68 10.68 10.68
10 10.34 10.34 10.34
EOD
$c0_1 << EOD
1 24.73 24.73 24.73
2 15.176 15.176 15.176
3 13.106 13.106 13.106
4 12.086 12.086 12.086
5 11.41 11.41 11.41
6 10.708 10.708 10.708
7 10.032 10.032 10.032
8 9.468 9.468 9.468
9 8.818 8.818 8.818
10 8.408 8.408 8.408
EOD
$c1_0 << EOD
1 14.04 14.04 14.04
2 12.88 12.88 12.88
3 12.08 12.08 12.08
4 10.66 10.66 10.66
5 11.04 11.04 11.04
6 10.2 10.2 10.2
7 10.18 10.18 10.18
8 9.71 9.71 9.71
9 9.64 9.64 9.64
10 9.38 9.38 9.38
EOD
$c1_1 << EOD
1 21.736 21.736 21.736
2 13.306 13.306 13.306
3 11.714 11.714 11.714
4 10.832 10.832 10.832
5 10.244 10.244 10.244
6 9.636 9.636 9.636
7 8.772 8.772 8.772
8 7.934 7.934 7.934
9 7.102 7.102 7.102
10 6.22 6.22 6.22
EOD
$c2_0 << EOD
1 14.84 14.84 14.84
2 13.69 13.69 13.69
3 14.89 14.89 14.89
4 14.61 14.61 14.61
5 12.5 12.5 12.5
6 13.97 13.97 13.97
7 11.9 11.9 11.9
8 11.4 11.4 11.4
9 11.11 11.11 11.11
10 10.54 10.54 10.54
EOD
$c2_1 << EOD
1 22.696 22.696 22.696
2 15.096 15.096 15.096
3 13.906 13.906 13.906
4 13.24 13.24 13.24
5 13.03 13.03 13.03
6 12.088 12.088 12.088
7 11.09 11.09 11.09
8 10.282 10.282 10.282
9 9.028 9.028 9.028
10 8.196 8.196 8.196
EOD
$c3_0 << EOD
1 33.96 33.96 33.96
2 28.68 28.68 28.68
3 26.02 26.02 26.02
4 23.58 23.58 23.58
5 24.42 24.42 24.42
6 21.44 21.44 21.44
7 20.36 20.36 20.36
8 20.28 20.28 20.28
9 18.76 18.76 18.76
10 18.48 18.48 18.48
EOD
$c3_1 << EOD
1 49.434 49.434 49.434
2 29.944 29.944 29.944
3 26.91 26.91 26.91
4 25.156 25.156 25.156
5 23.262 23.262 23.262
6 22.402 22.402 22.402
7 20.98 20.98 20.98
8 19.948 19.948 19.948
9 19.128 19.128 19.128
10 18.594 18.594 18.594
EOD
$c4_0 << EOD
1 34.05 34.05 34.05
2 49.56 49.56 49.56
3 34.84 34.84 34.84
4 26.73 26.73 26.73
5 42.55 42.55 42.55
6 31.03 31.03 31.03
7 41.58 41.58 41.58
8 32 32 32
9 25.31 25.31 25.31
10 31.49 31.49 31.49
EOD
$c4_1 << EOD
1 46.304 46.304 46.304
2 39.63 39.63 39.63
3 40.032 40.032 40.032
4 40.272 40.272 40.272
5 34.928 34.928 34.928
6 34.088 34.088 34.088
7 31.862 31.862 31.862
8 29.364 29.364 29.364
9 26.646 26.646 26.646
10 24.348 24.348 24.348
EOD
$c5_0 << EOD
1 59.42 59.42 59.42
2 35.13 35.13 35.13
3 39.17 39.17 39.17
4 46.66 46.66 46.66
5 29.32 29.32 29.32
6 30.13 30.13 30.13
7 20.54 20.54 20.54
8 38.09 38.09 38.09
9 28 28 28
10 20.11 20.11 20.11
EOD
$c5_1 << EOD
1 60.632 60.632 60.632
2 46.104 46.104 46.104
3 36.684 36.684 36.684
4 33.552 33.552 33.552
5 33.142 33.142 33.142
6 32.1 32.1 32.1
7 29.196 29.196 29.196
8 27.038 27.038 27.038
9 25.036 25.036 25.036
10 22.908 22.908 22.908
EOD
$c6_0 << EOD
1 31.54 31.54 31.54
2 25.76 25.76 25.76
3 23.32 23.32 23.32
4 22.68 22.68 22.68
5 20.59 20.59 20.59
6 20.43 20.43 20.43
7 19.71 19.71 19.71
8 19.52 19.52 19.52
9 19.14 19.14 19.14
10 19.02 19.02 19.02
EOD
$c6_1 << EOD
1 50.222 50.222 50.222
2 28.37 28.37 28.37
3 25.118 25.118 25.118
4 22.902 22.902 22.902
5 21.356 21.356 21.356
6 20.446 20.446 20.446
7 19.884 19.884 19.884
8 19.634 19.634 19.634
9 19.59 19.59 19.59
10 19.34 19.34 19.34
EOD
$c7_0 << EOD
1 26.02 26.02 26.02
2 21.8 21.8 21.8
3 20.84 20.84 20.84
4 19.9 19.9 19.9
5 19.24 19.24 19.24
6 19.06 19.06 19.06
7 19.26 19.26 19.26
8 18.97 18.97 18.97
9 18.89 18.89 18.89
10 19.05 19.05 19.05
EOD
$c7_1 << EOD
1 40.778 40.778 40.778
2 24.074 24.074 24.074
3 21.33 21.33 21.33
4 20.234 20.234 20.234
5 19.886 19.886 19.886
6 19.554 19.554 19.554
7 19.148 19.148 19.148
8 19.07 19.07 19.07
9 18.644 18.644 18.644
10 18.46 18.46 18.46
EOD
$c8_0 << EOD
1 27.49 27.49 27.49
2 22.02 22.02 22.02
3 20.84 20.84 20.84
4 21.02 21.02 21.02
5 20.44 20.44 20.44
6 20.11 20.11 20.11
7 20.78 20.78 20.78
8 21.43 21.43 21.43
9 19.27 19.27 19.27
10 19.39 19.39 19.39
EOD
$c8_1 << EOD
1 41.43 41.43 41.43
2 24.534 24.534 24.534
3 22.554 22.554 22.554
4 21.434 21.434 21.434
5 20.574 20.574 20.574
6 20.756 20.756 20.756
7 19.972 19.972 19.972
8 19.724 19.724 19.724
9 19.114 19.114 19.114
10 18.838 18.838 18.838
EOD
$c9_0 << EOD
1 34.71 34.71 34.71
2 27.62 27.62 27.62
3 25.53 25.53 25.53
4 22.68 22.68 22.68
5 21.51 21.51 21.51
6 20.85 20.85 20.85
7 20.23 20.23 20.23
8 19.84 19.84 19.84
9 19.08 19.08 19.08
10 19.16 19.16 19.16
EOD
$c9_1 << EOD
1 51.378 51.378 51.378
2 30.806 30.806 30.806
3 26.566 26.566 26.566
4 23.818 23.818 23.818
5 22.488 22.488 22.488
6 21.224 21.224 21.224
7 20.254 20.254 20.254
8 19.648 19.648 19.648
9 19.124 19.124 19.124
10 18.82 18.82 18.82
EOD
$c10_0 << EOD
1 28.27 28.27 28.27
2 22.67 22.67 22.67
3 23.71 23.71 23.71
4 21.42 21.42 21.42
5 20.65 20.65 20.65
6 20.09 20.09 20.09
7 18.88 18.88 18.88
8 18.77 18.77 18.77
9 17.24 17.24 17.24
10 16.42 16.42 16.42
EOD
$c10_1 << EOD
1 40.564 40.564 40.564
2 25.558 25.558 25.558
3 22.696 22.696 22.696
4 21.862 21.862 21.862
5 21.876 21.876 21.876
6 21.708 21.708 21.708
7 20.116 20.116 20.116
8 18.604 18.604 18.604
9 17.434 17.434 17.434
10 16.2 16.2 16.2
EOD
$c11_0 << EOD
1 55.63 55.63 55.63
2 50.54 50.54 50.54
3 42.44 42.44 42.44
4 34.01 34.01 34.01
5 43.67 43.67 43.67
6 29.37 29.37 29.37
7 28.26 28.26 28.26
8 36.84 36.84 36.84
9 29.59 29.59 29.59
10 29.64 29.64 29.64
EOD
$c11_1 << EOD
1 58.35 58.35 58.35
2 45.854 45.854 45.854
3 44.256 44.256 44.256
4 42.53 42.53 42.53
5 39.158 39.158 39.158
6 38.002 38.002 38.002
7 34.238 34.238 34.238
8 32.028 32.028 32.028
9 29.288 29.288 29.288
10 26.398 26.398 26.398
EOD
$c12_0 << EOD
1 84.25 84.25 84.25
2 79.62 79.62 79.62
3 79.55 79.55 79.55
4 76.32 76.32 76.32
5 84.51 84.51 84.51
6 64.88 64.88 64.88
7 59.8 59.8 59.8
8 72.31 72.31 72.31
9 56.66 56.66 56.66
10 61.63 61.63 61.63
EOD
$c12_1 << EOD
1 26.272 26.272 26.272
2 24.35 24.35 24.35
3 21.392 21.392 21.392
4 20.616 20.616 20.616
5 19.644 19.644 19.644
6 19.254 19.254 19.254
7 19.17 19.17 19.17
8 18.562 18.562 18.562
9 18.236 18.236 18.236
10 18.724 18.724 18.724
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
set xrange [0.8:10.2]
set logscale y
set yrange [5:100]
set ytics ('5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0329302 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'samenet\_lenet\_fashion\_mnist\_lr: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.436047
set origin 0, 0.517442
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.01', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.03', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_lr0.1', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'dfa\_lr0.001', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'dfa\_lr0.003', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.436047
set origin 0.5, 0.517442
plot $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'dfa\_lr0.01', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'drtp\_lr0.003', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'drtp\_lr0.01', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'drtp\_lr0.03', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'fa\_lr0.001', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.436047
set origin 0, 0.0813953
plot $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'fa\_lr0.003', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'fa\_lr0.01', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'ff\_lr0.0001', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
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
set xrange [0.8:10.2]
set logscale y
set yrange [5:100]
set ytics ('5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0329302 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'samenet\_lenet\_fashion\_mnist\_lr: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.436047
set origin 0, 0.517442
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.01', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.03', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_lr0.1', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'dfa\_lr0.001', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'dfa\_lr0.003', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.436047
set origin 0.5, 0.517442
plot $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'dfa\_lr0.01', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'drtp\_lr0.003', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'drtp\_lr0.01', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'drtp\_lr0.03', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'fa\_lr0.001', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.436047
set origin 0, 0.0813953
plot $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'fa\_lr0.003', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'fa\_lr0.01', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'ff\_lr0.0001', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
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
set xrange [0.8:10.2]
set logscale y
set yrange [5:100]
set ytics ('5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set bmargin
set multiplot title 'samenet\_lenet\_fashion\_mnist\_lr: learning curves'
set key below horizontal Left reverse samplen 1.5 font ',5'
set size 0.5, 0.436047
set origin 0, 0.517442
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.01', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.03', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_lr0.1', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'dfa\_lr0.001', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'dfa\_lr0.003', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.436047
set origin 0.5, 0.517442
plot $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'dfa\_lr0.01', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'drtp\_lr0.003', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'drtp\_lr0.01', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'drtp\_lr0.03', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'fa\_lr0.001', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.436047
set origin 0, 0.0813953
plot $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'fa\_lr0.003', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'fa\_lr0.01', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'ff\_lr0.0001', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
