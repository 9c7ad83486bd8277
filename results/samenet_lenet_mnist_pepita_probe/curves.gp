# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 65.78 65.78 65.78
2 48.47 48.47 48.47
3 40.37 40.37 40.37
4 35.23 35.23 35.23
5 34.5 34.5 34.5
6 32.25 32.25 32.25
7 30.99 30.99 30.99
8 30.9 30.9 30.9
9 28.89 28.89 28.89
10 27.89 27.89 27.89
11 32.32 32.32 32.32
12 27.39 27.39 27.39
EOD
$c0_1 << EOD
1 78.49 78.49 78.49
2 56.708 56.708 56.708
3 43.848 43.848 43.848
4 37.458 37.458 37.458
5 34.022 34.022 34.022
6 32.12 32.12 32.12
7 31.012 31.012 31.012
8 30.406 30.406 30.406
9 30.394 30.394 30.394
10 30.734 30.734 30.734
11 30.852 30.852 30.852
12 30.628 30.628 30.628
EOD
$c1_0 << EOD
1 39.42 39.42 39.42
2 39.76 39.76 39.76
3 36.86 36.86 36.86
4 39.89 39.89 39.89
5 90.59 90.59 90.59
6 79.85 79.85 79.85
7 90.59 90.59 90.59
8 90.55 90.55 90.55
9 90.93 90.93 90.93
10 89.32 89.32 89.32
11 90.32 90.32 90.32
EOD
$c1_1 << EOD
1 59.374 59.374 59.374
2 35.85 35.85 35.85
3 34.798 34.798 34.798
4 39.512 39.512 39.512
5 73.196 73.196 73.196
6 88.456 88.456 88.456
7 89.15 89.15 89.15
8 89.222 89.222 89.222
9 89.708 89.708 89.708
10 89.542 89.542 89.542
11 89.468 89.468 89.468
EOD
$c2_0 << EOD
1 51.9 51.9 51.9
2 90.59 90.59 90.59
3 90.32 90.32 90.32
EOD
$c2_1 << EOD
1 49.904 49.904 49.904
2 87.654 87.654 87.654
3 89.624 89.624 89.624
EOD
$c3_0 << EOD
1 65.85 65.85 65.85
2 48.59 48.59 48.59
3 40.47 40.47 40.47
4 35.2 35.2 35.2
5 34.52 34.52 34.52
6 32.34 32.34 32.34
7 31.02 31.02 31.02
8 30.77 30.77 30.77
9 29.02 29.02 29.02
10 27.83 27.83 27.83
11 32.16 32.16 32.16
12 27.3 27.3 27.3
EOD
$c3_1 << EOD
1 78.492 78.492 78.492
2 56.888 56.888 56.888
3 43.942 43.942 43.942
4 37.506 37.506 37.506
5 34.098 34.098 34.098
6 32.182 32.182 32.182
7 31.094 31.094 31.094
8 30.456 30.456 30.456
9 30.43 30.43 30.43
10 30.8 30.8 30.8
11 30.922 30.922 30.922
12 30.684 30.684 30.684
EOD
$c4_0 << EOD
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
$c4_1 << EOD
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
$c5_0 << EOD
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
$c5_1 << EOD
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
set yrange [22.2096:96.0204]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'samenet\_lenet\_mnist\_pepita\_probe: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'official\_conv\_lr0.0003', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'official\_conv\_lr0.001', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'official\_conv\_lr0.003', \
     $c2_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'official\_conv\_nobias\_lr0.0003', \
     $c3_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'wd0.0001', \
     $c4_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'wd0.001', \
     $c5_1 using 1:2 with lines dt 2 lw 1 lc 6 notitle, \
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
set yrange [22.2096:96.0204]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'samenet\_lenet\_mnist\_pepita\_probe: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'official\_conv\_lr0.0003', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'official\_conv\_lr0.001', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'official\_conv\_lr0.003', \
     $c2_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'official\_conv\_nobias\_lr0.0003', \
     $c3_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'wd0.0001', \
     $c4_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'wd0.001', \
     $c5_1 using 1:2 with lines dt 2 lw 1 lc 6 notitle, \
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
set yrange [22.2096:96.0204]
set bmargin
set title 'samenet\_lenet\_mnist\_pepita\_probe: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'official\_conv\_lr0.0003', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'official\_conv\_lr0.001', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'official\_conv\_lr0.003', \
     $c2_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'official\_conv\_nobias\_lr0.0003', \
     $c3_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'wd0.0001', \
     $c4_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'wd0.001', \
     $c5_1 using 1:2 with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
