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
set yrange [4.7392:26.2108]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'samenet\_lenet\_fashion\_mnist\_lr: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.01', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.03', \
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
set xrange [0.8:10.2]
set yrange [4.7392:26.2108]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'samenet\_lenet\_fashion\_mnist\_lr: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.01', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.03', \
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
set xrange [0.8:10.2]
set yrange [4.7392:26.2108]
set bmargin
set title 'samenet\_lenet\_fashion\_mnist\_lr: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.01', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.03', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
