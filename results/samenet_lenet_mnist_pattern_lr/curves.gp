# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 79.34 79.34 79.34
2 52.83 52.83 52.83
3 44.36 44.36 44.36
4 72.8 72.8 72.8
5 68.12 68.12 68.12
6 79.13 79.13 79.13
7 77.61 77.61 77.61
8 80.61 80.61 80.61
9 79.05 79.05 79.05
10 75.27 75.27 75.27
EOD
$c0_1 << EOD
1 13.41 13.41 13.41
2 8.058 8.058 8.058
3 6.532 6.532 6.532
4 6.014 6.014 6.014
5 6.076 6.076 6.076
6 6.63 6.63 6.63
7 6.088 6.088 6.088
8 5.746 5.746 5.746
9 5.9 5.9 5.9
10 6.074 6.074 6.074
EOD
$c1_0 << EOD
1 67.81 67.81 67.81
2 70.61 70.61 70.61
3 75.07 75.07 75.07
4 57.59 57.59 57.59
5 65.32 65.32 65.32
6 65.29 65.29 65.29
7 54.98 54.98 54.98
8 52.24 52.24 52.24
9 59.74 59.74 59.74
10 48.66 48.66 48.66
EOD
$c1_1 << EOD
1 13.168 13.168 13.168
2 6.864 6.864 6.864
3 5.902 5.902 5.902
4 5.232 5.232 5.232
5 4.808 4.808 4.808
6 4.544 4.544 4.544
7 4.062 4.062 4.062
8 3.984 3.984 3.984
9 3.848 3.848 3.848
10 4.058 4.058 4.058
EOD
$c2_0 << EOD
1 69.23 69.23 69.23
2 53.27 53.27 53.27
3 41.77 41.77 41.77
4 16.16 16.16 16.16
5 16.21 16.21 16.21
6 25.04 25.04 25.04
7 14.91 14.91 14.91
8 16.39 16.39 16.39
9 13.62 13.62 13.62
10 16.09 16.09 16.09
EOD
$c2_1 << EOD
1 18.818 18.818 18.818
2 7.7 7.7 7.7
3 5.828 5.828 5.828
4 4.802 4.802 4.802
5 4.58 4.58 4.58
6 4.604 4.604 4.604
7 3.694 3.694 3.694
8 3.404 3.404 3.404
9 3.308 3.308 3.308
10 3.536 3.536 3.536
EOD
$c3_0 << EOD
1 89.76 89.76 89.76
2 82.54 82.54 82.54
3 69.1 69.1 69.1
4 63.03 63.03 63.03
5 56.68 56.68 56.68
6 61.81 61.81 61.81
7 38.26 38.26 38.26
8 33.25 33.25 33.25
9 24.22 24.22 24.22
10 26.29 26.29 26.29
EOD
$c3_1 << EOD
1 76.298 76.298 76.298
2 45.086 45.086 45.086
3 27.972 27.972 27.972
4 22.524 22.524 22.524
5 21.474 21.474 21.474
6 17.158 17.158 17.158
7 13.804 13.804 13.804
8 11.018 11.018 11.018
9 8.574 8.574 8.574
10 7.12 7.12 7.12
EOD
$c4_0 << EOD
1 91 91 91
2 90.33 90.33 90.33
3 91.77 91.77 91.77
4 92.16 92.16 92.16
5 91.38 91.38 91.38
6 88.72 88.72 88.72
7 88.04 88.04 88.04
8 87.73 87.73 87.73
9 87.79 87.79 87.79
10 87.86 87.86 87.86
EOD
$c4_1 << EOD
1 87.138 87.138 87.138
2 81.034 81.034 81.034
3 79.84 79.84 79.84
4 80.772 80.772 80.772
5 81.208 81.208 81.208
6 81.262 81.262 81.262
7 81.922 81.922 81.922
8 82.32 82.32 82.32
9 82.39 82.39 82.39
10 82.262 82.262 82.262
EOD
$c5_0 << EOD
1 89.31 89.31 89.31
EOD
$c5_1 << EOD
1 87.924 87.924 87.924
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
set yrange [0:99.2682]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'samenet\_lenet\_mnist\_pattern\_lr: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_pattern\_lr0.0003', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_pattern\_lr0.001', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'ff\_pattern\_lr0.003', \
     $c2_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'ff\_pattern\_lr0.01', \
     $c3_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'ff\_pattern\_meansq\_lr0.03', \
     $c4_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'ff\_pattern\_meansq\_lr0.1', \
     $c5_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 6 notitle, \
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
set yrange [0:99.2682]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'samenet\_lenet\_mnist\_pattern\_lr: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_pattern\_lr0.0003', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_pattern\_lr0.001', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'ff\_pattern\_lr0.003', \
     $c2_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'ff\_pattern\_lr0.01', \
     $c3_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'ff\_pattern\_meansq\_lr0.03', \
     $c4_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'ff\_pattern\_meansq\_lr0.1', \
     $c5_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 6 notitle, \
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
set yrange [0:99.2682]
set bmargin
set title 'samenet\_lenet\_mnist\_pattern\_lr: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_pattern\_lr0.0003', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_pattern\_lr0.001', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'ff\_pattern\_lr0.003', \
     $c2_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'ff\_pattern\_lr0.01', \
     $c3_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'ff\_pattern\_meansq\_lr0.03', \
     $c4_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'ff\_pattern\_meansq\_lr0.1', \
     $c5_1 using 1:2 with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
