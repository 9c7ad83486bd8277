# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 66.36 66.36 66.36
2 49.88 49.88 49.88
3 41.38 41.38 41.38
4 36.54 36.54 36.54
5 36.83 36.83 36.83
6 36.86 36.86 36.86
7 36.46 36.46 36.46
8 75.18 75.18 75.18
9 89.39 89.39 89.39
10 90.62 90.62 90.62
11 89.88 89.88 89.88
12 89.39 89.39 89.39
EOD
$c0_1 << EOD
1 78.804 78.804 78.804
2 57.39 57.39 57.39
3 44.81 44.81 44.81
4 38.792 38.792 38.792
5 36.11 36.11 36.11
6 35.838 35.838 35.838
7 38.906 38.906 38.906
8 48.986 48.986 48.986
9 88.58 88.58 88.58
10 89.896 89.896 89.896
11 89.842 89.842 89.842
12 90.14 90.14 90.14
EOD
$c1_0 << EOD
1 66.38 66.38 66.38
2 50.01 50.01 50.01
3 41.49 41.49 41.49
4 36.73 36.73 36.73
5 37.29 37.29 37.29
6 35.36 35.36 35.36
7 33.38 33.38 33.38
8 51.96 51.96 51.96
9 90.54 90.54 90.54
10 90.59 90.59 90.59
11 90.59 90.59 90.59
12 90.59 90.59 90.59
EOD
$c1_1 << EOD
1 78.826 78.826 78.826
2 57.472 57.472 57.472
3 44.882 44.882 44.882
4 38.94 38.94 38.94
5 36.216 36.216 36.216
6 35.902 35.902 35.902
7 38.32 38.32 38.32
8 45.362 45.362 45.362
9 83.43 83.43 83.43
10 89.936 89.936 89.936
11 90.042 90.042 90.042
12 90.05 90.05 90.05
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
set xrange [0.8:12.2]
set yrange [28.8008:95.1992]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'samenet\_lenet\_mnist\_pepita\_probe: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'wd0.0001', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'wd0.001', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
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
set xrange [0.8:12.2]
set yrange [28.8008:95.1992]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'samenet\_lenet\_mnist\_pepita\_probe: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'wd0.0001', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'wd0.001', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
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
set xrange [0.8:12.2]
set yrange [28.8008:95.1992]
set bmargin
set title 'samenet\_lenet\_mnist\_pepita\_probe: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'wd0.0001', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'wd0.001', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
