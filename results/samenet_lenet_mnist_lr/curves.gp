# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 2.89 2.89 2.89
2 2.48 2.48 2.48
3 1.56 1.56 1.56
4 1.42 1.42 1.42
5 1.54 1.54 1.54
6 1.44 1.44 1.44
7 1.23 1.23 1.23
8 1.11 1.11 1.11
9 1.1 1.1 1.1
10 0.93 0.93 0.93
EOD
$c0_1 << EOD
1 7.802 7.802 7.802
2 2.162 2.162 2.162
3 1.604 1.604 1.604
4 1.202 1.202 1.202
5 0.968 0.968 0.968
6 0.818 0.818 0.818
7 0.546 0.546 0.546
8 0.386 0.386 0.386
9 0.178 0.178 0.178
10 0.1 0.1 0.1
EOD
$c1_0 << EOD
1 4.52 4.52 4.52
2 2.53 2.53 2.53
3 2.24 2.24 2.24
4 2.61 2.61 2.61
5 1.71 1.71 1.71
6 1.93 1.93 1.93
7 1.75 1.75 1.75
8 1.46 1.46 1.46
9 1.21 1.21 1.21
10 1.1 1.1 1.1
EOD
$c1_1 << EOD
1 9.186 9.186 9.186
2 2.624 2.624 2.624
3 2.232 2.232 2.232
4 1.854 1.854 1.854
5 1.614 1.614 1.614
6 1.542 1.542 1.542
7 1.016 1.016 1.016
8 0.67 0.67 0.67
9 0.378 0.378 0.378
10 0.194 0.194 0.194
EOD
$c2_0 << EOD
1 90.55 90.55 90.55
2 89.32 89.32 89.32
3 89.32 89.32 89.32
4 89.39 89.39 89.39
5 90.62 90.62 90.62
6 89.32 89.32 89.32
7 88.63 88.63 88.63
8 88.63 88.63 88.63
9 88.63 88.63 88.63
10 88.63 88.63 88.63
EOD
$c2_1 << EOD
1 89.138 89.138 89.138
2 89.622 89.622 89.622
3 89.684 89.684 89.684
4 89.37 89.37 89.37
5 89.444 89.444 89.444
6 89.402 89.402 89.402
7 89.752 89.752 89.752
8 89.378 89.378 89.378
9 89.404 89.404 89.404
10 89.09 89.09 89.09
EOD
$c3_0 << EOD
1 29.51 29.51 29.51
2 20.03 20.03 20.03
3 13.76 13.76 13.76
4 15.25 15.25 15.25
5 9.1 9.1 9.1
6 14.41 14.41 14.41
7 9.81 9.81 9.81
8 11.29 11.29 11.29
9 7.04 7.04 7.04
10 7.13 7.13 7.13
EOD
$c3_1 << EOD
1 63.134 63.134 63.134
2 22.734 22.734 22.734
3 17.388 17.388 17.388
4 16.67 16.67 16.67
5 14.278 14.278 14.278
6 12.97 12.97 12.97
7 11.8 11.8 11.8
8 9.828 9.828 9.828
9 9.342 9.342 9.342
10 7.924 7.924 7.924
EOD
$c4_0 << EOD
1 88.51 88.51 88.51
2 85.03 85.03 85.03
3 88.12 88.12 88.12
4 88.07 88.07 88.07
5 88.63 88.63 88.63
6 88.63 88.63 88.63
7 88.63 88.63 88.63
8 88.63 88.63 88.63
9 88.63 88.63 88.63
10 88.63 88.63 88.63
EOD
$c4_1 << EOD
1 88.722 88.722 88.722
2 88.93 88.93 88.93
3 88.006 88.006 88.006
4 88.294 88.294 88.294
5 88.432 88.432 88.432
6 88.79 88.79 88.79
7 88.79 88.79 88.79
8 88.79 88.79 88.79
9 88.79 88.79 88.79
10 88.79 88.79 88.79
EOD
$c5_0 << EOD
1 90.32 90.32 90.32
2 90.32 90.32 90.32
3 90.32 90.32 90.32
4 89.88 89.88 89.88
5 90.32 90.32 90.32
6 90.32 90.32 90.32
EOD
$c5_1 << EOD
1 89.98 89.98 89.98
2 90.19 90.19 90.19
3 90.186 90.186 90.186
4 90.214 90.214 90.214
5 90.23 90.23 90.23
6 90.402 90.402 90.402
EOD
$c6_0 << EOD
1 19.31 19.31 19.31
2 12.35 12.35 12.35
3 10.91 10.91 10.91
4 9.38 9.38 9.38
5 8.76 8.76 8.76
6 8.34 8.34 8.34
7 8.15 8.15 8.15
8 8.08 8.08 8.08
9 7.87 7.87 7.87
10 7.78 7.78 7.78
EOD
$c6_1 << EOD
1 36.712 36.712 36.712
2 14.232 14.232 14.232
3 11.704 11.704 11.704
4 10.22 10.22 10.22
5 9.004 9.004 9.004
6 8.462 8.462 8.462
7 8.12 8.12 8.12
8 7.854 7.854 7.854
9 7.71 7.71 7.71
10 7.618 7.618 7.618
EOD
$c7_0 << EOD
1 15.03 15.03 15.03
2 11.39 11.39 11.39
3 9.7 9.7 9.7
4 8.54 8.54 8.54
5 8.28 8.28 8.28
6 8.28 8.28 8.28
7 8.19 8.19 8.19
8 8.19 8.19 8.19
9 8.06 8.06 8.06
10 7.99 7.99 7.99
EOD
$c7_1 << EOD
1 31.222 31.222 31.222
2 12.44 12.44 12.44
3 10.502 10.502 10.502
4 9.45 9.45 9.45
5 8.676 8.676 8.676
6 8.37 8.37 8.37
7 8.124 8.124 8.124
8 7.826 7.826 7.826
9 7.578 7.578 7.578
10 7.294 7.294 7.294
EOD
$c8_0 << EOD
1 16.65 16.65 16.65
2 11.98 11.98 11.98
3 11.57 11.57 11.57
4 12.62 12.62 12.62
5 10.87 10.87 10.87
6 10.3 10.3 10.3
7 9.07 9.07 9.07
8 9.43 9.43 9.43
9 8.56 8.56 8.56
10 8.51 8.51 8.51
EOD
$c8_1 << EOD
1 31.848 31.848 31.848
2 15.532 15.532 15.532
3 13.286 13.286 13.286
4 12.948 12.948 12.948
5 11.872 11.872 11.872
6 10.662 10.662 10.662
7 9.702 9.702 9.702
8 8.902 8.902 8.902
9 8.596 8.596 8.596
10 8.214 8.214 8.214
EOD
$c9_0 << EOD
1 22.71 22.71 22.71
2 14.27 14.27 14.27
3 6.96 6.96 6.96
4 6.09 6.09 6.09
5 7.2 7.2 7.2
6 6.59 6.59 6.59
7 5.8 5.8 5.8
8 4.15 4.15 4.15
9 4.69 4.69 4.69
10 4.1 4.1 4.1
EOD
$c9_1 << EOD
1 31.402 31.402 31.402
2 15.426 15.426 15.426
3 10.722 10.722 10.722
4 8.586 8.586 8.586
5 7.676 7.676 7.676
6 6.508 6.508 6.508
7 5.566 5.566 5.566
8 4.836 4.836 4.836
9 4.232 4.232 4.232
10 3.71 3.71 3.71
EOD
$c10_0 << EOD
1 68.31 68.31 68.31
2 86.46 86.46 86.46
3 85.99 85.99 85.99
4 87.69 87.69 87.69
5 88.03 88.03 88.03
6 88.18 88.18 88.18
7 88.11 88.11 88.11
8 84.51 84.51 84.51
9 73.16 73.16 73.16
10 75.58 75.58 75.58
EOD
$c10_1 << EOD
1 82.858 82.858 82.858
2 70.662 70.662 70.662
3 85.518 85.518 85.518
4 87.686 87.686 87.686
5 88.31 88.31 88.31
6 88.472 88.472 88.472
7 88.436 88.436 88.436
8 87.978 87.978 87.978
9 76.976 76.976 76.976
10 74.42 74.42 74.42
EOD
$c11_0 << EOD
1 74.47 74.47 74.47
2 82.95 82.95 82.95
3 80.14 80.14 80.14
4 82.11 82.11 82.11
5 82.54 82.54 82.54
6 80.42 80.42 80.42
7 78.72 78.72 78.72
8 83.91 83.91 83.91
9 84.97 84.97 84.97
10 85.32 85.32 85.32
EOD
$c11_1 << EOD
1 85.816 85.816 85.816
2 79.18 79.18 79.18
3 80.254 80.254 80.254
4 81.38 81.38 81.38
5 81.678 81.678 81.678
6 82.718 82.718 82.718
7 77.67 77.67 77.67
8 81.692 81.692 81.692
9 83.868 83.868 83.868
10 84.516 84.516 84.516
EOD
set terminal svg size 1300,460 dynamic font 'Helvetica,12'
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
set yrange [0.1:100]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0511304 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'samenet\_lenet\_mnist\_lr: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.76087
set origin 0, 0.152174
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.03', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.1', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_lr0.3', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'dfa\_lr0.0003', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'dfa\_lr0.001', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'dfa\_lr0.003', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.76087
set origin 0.5, 0.152174
plot $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'drtp\_lr0.01', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'drtp\_lr0.03', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'drtp\_lr0.1', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'fa\_lr0.01', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'fa\_lr0.03', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'fa\_lr0.1', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
set terminal pngcairo size 1300,460 font 'Helvetica,10'
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
set yrange [0.1:100]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0511304 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'samenet\_lenet\_mnist\_lr: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.76087
set origin 0, 0.152174
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.03', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.1', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_lr0.3', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'dfa\_lr0.0003', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'dfa\_lr0.001', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'dfa\_lr0.003', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.76087
set origin 0.5, 0.152174
plot $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'drtp\_lr0.01', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'drtp\_lr0.03', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'drtp\_lr0.1', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'fa\_lr0.01', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'fa\_lr0.03', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'fa\_lr0.1', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
set terminal pdfcairo size 7in,2.6in font 'Helvetica,6' linewidth 0.6
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
set yrange [0.1:100]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set bmargin
set multiplot title 'samenet\_lenet\_mnist\_lr: learning curves'
set key below horizontal Left reverse samplen 1.5 font ',5'
set size 0.5, 0.76087
set origin 0, 0.152174
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.03', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.1', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_lr0.3', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'dfa\_lr0.0003', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'dfa\_lr0.001', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'dfa\_lr0.003', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.76087
set origin 0.5, 0.152174
plot $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'drtp\_lr0.01', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'drtp\_lr0.03', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'drtp\_lr0.1', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'fa\_lr0.01', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'fa\_lr0.03', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'fa\_lr0.1', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
