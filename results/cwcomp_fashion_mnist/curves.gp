# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 21.49 21.49 21.49
2 12.28 12.28 12.28
3 16.76 16.76 16.76
4 12.67 12.67 12.67
5 13.06 13.06 13.06
6 11.4 11.4 11.4
7 10.97 10.97 10.97
8 10.54 10.54 10.54
9 10.46 10.46 10.46
10 10.21 10.21 10.21
11 9.91 9.91 9.91
12 9.81 9.81 9.81
13 9.64 9.64 9.64
14 9.34 9.34 9.34
15 9.59 9.59 9.59
16 9.57 9.57 9.57
17 9.35 9.35 9.35
18 10.09 10.09 10.09
19 9.28 9.28 9.28
20 8.58 8.58 8.58
21 8.39 8.39 8.39
22 8.43 8.43 8.43
23 8.45 8.45 8.45
24 8.48 8.48 8.48
25 8.36 8.36 8.36
EOD
$c0_1 << EOD
1 21.958 21.958 21.958
2 16.01 16.01 16.01
3 14.42 14.42 14.42
4 13.62 13.62 13.62
5 12.406 12.406 12.406
6 11.846 11.846 11.846
7 11.814 11.814 11.814
8 11.386 11.386 11.386
9 11.238 11.238 11.238
10 10.61 10.61 10.61
11 10.26 10.26 10.26
12 9.388 9.388 9.388
13 9.456 9.456 9.456
14 9.372 9.372 9.372
15 8.678 8.678 8.678
16 8.232 8.232 8.232
17 8.076 8.076 8.076
18 7.314 7.314 7.314
19 7.332 7.332 7.332
20 6.198 6.198 6.198
21 5.888 5.888 5.888
22 5.466 5.466 5.466
23 5.44 5.44 5.44
24 4.37 4.37 4.37
25 4.704 4.704 4.704
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
set xrange [0:25.5]
set yrange [2.96296:23.365]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'cwcomp\_fashion\_mnist: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'cwcomp', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
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
set xrange [0:25.5]
set yrange [2.96296:23.365]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'cwcomp\_fashion\_mnist: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'cwcomp', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
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
set xrange [0:25.5]
set yrange [2.96296:23.365]
set bmargin
set title 'cwcomp\_fashion\_mnist: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'cwcomp', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
