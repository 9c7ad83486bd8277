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
$c3_1 << EOD
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
set terminal svg size 900,560 dynamic font 'Helvetica,12'
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
set yrange [1:20]
set ytics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'mnist\_ff\_lc: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'unsupervised\_hybrid\_lc\_k11', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'unsupervised\_hybrid\_lc\_k3', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'unsupervised\_hybrid\_lc\_k5', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'unsupervised\_hybrid\_lc\_k7', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
set terminal pngcairo size 900,560 font 'Helvetica,10'
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
set yrange [1:20]
set ytics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'mnist\_ff\_lc: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'unsupervised\_hybrid\_lc\_k11', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'unsupervised\_hybrid\_lc\_k3', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'unsupervised\_hybrid\_lc\_k5', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'unsupervised\_hybrid\_lc\_k7', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
set terminal pdfcairo size 3.5in,3.2in font 'Helvetica,6' linewidth 0.6
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
set yrange [1:20]
set ytics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20)
set bmargin
set title 'mnist\_ff\_lc: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'unsupervised\_hybrid\_lc\_k11', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'unsupervised\_hybrid\_lc\_k3', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'unsupervised\_hybrid\_lc\_k5', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'unsupervised\_hybrid\_lc\_k7', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
