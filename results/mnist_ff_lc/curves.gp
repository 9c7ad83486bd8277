# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 7.62 7.62 7.62
2 6.15 6.15 6.15
3 5.06 5.06 5.06
4 5.09 5.09 5.09
5 3.97 3.97 3.97
6 4.99 4.99 4.99
7 2.92 2.92 2.92
8 3.57 3.57 3.57
9 2.57 2.57 2.57
10 2.38 2.38 2.38
EOD
$c0_1 << EOD
1 16.4 16.4 16.4
2 7.218 7.218 7.218
3 5.652 5.652 5.652
4 5.144 5.144 5.144
5 4.292 4.292 4.292
6 4.162 4.162 4.162
7 3.012 3.012 3.012
8 2.344 2.344 2.344
9 1.634 1.634 1.634
10 1.236 1.236 1.236
EOD
$c1_0 << EOD
1 8.93 8.93 8.93
2 10.29 10.29 10.29
3 5.22 5.22 5.22
4 5.47 5.47 5.47
5 5.61 5.61 5.61
6 6.19 6.19 6.19
7 4.23 4.23 4.23
8 3.96 3.96 3.96
9 3.42 3.42 3.42
10 2.58 2.58 2.58
EOD
$c1_1 << EOD
1 14.21 14.21 14.21
2 8.572 8.572 8.572
3 7.386 7.386 7.386
4 6.858 6.858 6.858
5 5.672 5.672 5.672
6 5.694 5.694 5.694
7 4.356 4.356 4.356
8 3.342 3.342 3.342
9 2.672 2.672 2.672
10 2.02 2.02 2.02
EOD
$c2_0 << EOD
1 7.72 7.72 7.72
2 5.67 5.67 5.67
3 4.69 4.69 4.69
4 4.13 4.13 4.13
5 4.13 4.13 4.13
6 4.31 4.31 4.31
7 3.15 3.15 3.15
8 2.84 2.84 2.84
9 2.61 2.61 2.61
10 1.94 1.94 1.94
EOD
$c2_1 << EOD
1 14.544 14.544 14.544
2 6.832 6.832 6.832
3 5.918 5.918 5.918
4 5.148 5.148 5.148
5 4.344 4.344 4.344
6 3.566 3.566 3.566
7 2.954 2.954 2.954
8 2.33 2.33 2.33
9 1.722 1.722 1.722
10 1.236 1.236 1.236
EOD
$c3_0 << EOD
1 10.39 10.39 10.39
2 9.53 9.53 9.53
3 5.53 5.53 5.53
4 5.68 5.68 5.68
5 5.3 5.3 5.3
6 3.55 3.55 3.55
7 4.26 4.26 4.26
8 3.34 3.34 3.34
9 2.85 2.85 2.85
10 2.39 2.39 2.39
EOD
$c3_1 << EOD
1 14.41 14.41 14.41
2 8.016 8.016 8.016
3 7.294 7.294 7.294
4 5.934 5.934 5.934
5 5.104 5.104 5.104
6 4.548 4.548 4.548
7 3.904 3.904 3.904
8 2.972 2.972 2.972
9 2.284 2.284 2.284
10 1.61 1.61 1.61
EOD
$c4_0 << EOD
1 6.98 6.98 6.98
2 4.72 4.72 4.72
3 3.57 3.57 3.57
4 2.86 2.86 2.86
5 3.3 3.3 3.3
6 2.67 2.67 2.67
7 2.94 2.94 2.94
8 2.2 2.2 2.2
9 2.29 2.29 2.29
10 1.91 1.91 1.91
EOD
$c4_1 << EOD
1 13.422 13.422 13.422
2 5.546 5.546 5.546
3 4.524 4.524 4.524
4 3.976 3.976 3.976
5 3.712 3.712 3.712
6 3.018 3.018 3.018
7 2.448 2.448 2.448
8 1.926 1.926 1.926
9 1.318 1.318 1.318
10 0.928 0.928 0.928
EOD
$c5_0 << EOD
1 6.17 6.17 6.17
2 5.08 5.08 5.08
3 5.41 5.41 5.41
4 3.67 3.67 3.67
5 3.61 3.61 3.61
6 3.29 3.29 3.29
7 3.81 3.81 3.81
8 2.57 2.57 2.57
9 2.67 2.67 2.67
10 1.78 1.78 1.78
EOD
$c5_1 << EOD
1 14.076 14.076 14.076
2 6.66 6.66 6.66
3 5.348 5.348 5.348
4 4.79 4.79 4.79
5 4.286 4.286 4.286
6 3.744 3.744 3.744
7 2.802 2.802 2.802
8 2.196 2.196 2.196
9 1.394 1.394 1.394
10 0.87 0.87 0.87
EOD
$c6_0 << EOD
1 8.78 8.78 8.78
2 7.76 7.76 7.76
3 3.71 3.71 3.71
4 3.34 3.34 3.34
5 4.66 4.66 4.66
6 4.1 4.1 4.1
7 3.03 3.03 3.03
8 3.55 3.55 3.55
9 2.42 2.42 2.42
10 2.12 2.12 2.12
EOD
$c6_1 << EOD
1 14.814 14.814 14.814
2 6.826 6.826 6.826
3 5.2 5.2 5.2
4 5.028 5.028 5.028
5 4.046 4.046 4.046
6 3.486 3.486 3.486
7 2.714 2.714 2.714
8 2.074 2.074 2.074
9 1.534 1.534 1.534
10 1.086 1.086 1.086
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
set yrange [0.5:20]
set ytics ('0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0511304 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'mnist\_ff\_lc: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.76087
set origin 0, 0.152174
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'unsupervised\_hybrid\_lc\_k11', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'unsupervised\_hybrid\_lc\_k3', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'unsupervised\_hybrid\_lc\_k5', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'unsupervised\_hybrid\_lc\_k5\_lr0.0003', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.76087
set origin 0.5, 0.152174
plot $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'unsupervised\_hybrid\_lc\_k5\_lr0.003', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'unsupervised\_hybrid\_lc\_k5\_u6', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'unsupervised\_hybrid\_lc\_k7', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
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
set yrange [0.5:20]
set ytics ('0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0511304 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'mnist\_ff\_lc: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.76087
set origin 0, 0.152174
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'unsupervised\_hybrid\_lc\_k11', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'unsupervised\_hybrid\_lc\_k3', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'unsupervised\_hybrid\_lc\_k5', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'unsupervised\_hybrid\_lc\_k5\_lr0.0003', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.76087
set origin 0.5, 0.152174
plot $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'unsupervised\_hybrid\_lc\_k5\_lr0.003', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'unsupervised\_hybrid\_lc\_k5\_u6', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'unsupervised\_hybrid\_lc\_k7', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
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
set yrange [0.5:20]
set ytics ('0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20)
set bmargin
set multiplot title 'mnist\_ff\_lc: learning curves'
set key below horizontal Left reverse samplen 1.5 font ',5'
set size 0.5, 0.76087
set origin 0, 0.152174
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'unsupervised\_hybrid\_lc\_k11', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'unsupervised\_hybrid\_lc\_k3', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'unsupervised\_hybrid\_lc\_k5', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'unsupervised\_hybrid\_lc\_k5\_lr0.0003', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.76087
set origin 0.5, 0.152174
plot $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'unsupervised\_hybrid\_lc\_k5\_lr0.003', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'unsupervised\_hybrid\_lc\_k5\_u6', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'unsupervised\_hybrid\_lc\_k7', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
