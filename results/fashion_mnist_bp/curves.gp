# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 16.4 16.4 16.4
2 13.98 13.98 13.98
3 14.04 14.04 14.04
4 12.45 12.45 12.45
5 12.21 12.21 12.21
6 13.77 13.77 13.77
7 12.06 12.06 12.06
8 11.85 11.85 11.85
9 11.97 11.97 11.97
10 11.4 11.4 11.4
11 10.37 10.37 10.37
12 11.09 11.09 11.09
13 10.5 10.5 10.5
14 10.88 10.88 10.88
15 10.27 10.27 10.27
16 10.63 10.63 10.63
17 10.12 10.12 10.12
18 9.86 9.86 9.86
19 9.66 9.66 9.66
20 9.38 9.38 9.38
EOD
$c0_1 << EOD
1 23.132 23.132 23.132
2 17.384 17.384 17.384
3 15.764 15.764 15.764
4 14.694 14.694 14.694
5 14.002 14.002 14.002
6 13.596 13.596 13.596
7 13.138 13.138 13.138
8 12.638 12.638 12.638
9 12.36 12.36 12.36
10 12.03 12.03 12.03
11 11.846 11.846 11.846
12 11.324 11.324 11.324
13 10.878 10.878 10.878
14 10.428 10.428 10.428
15 10.006 10.006 10.006
16 9.506 9.506 9.506
17 9.08 9.08 9.08
18 8.622 8.622 8.622
19 8.352 8.352 8.352
20 7.816 7.816 7.816
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
set xrange [0.8:20.2]
set yrange [6.59072:24.3573]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'fashion\_mnist\_bp: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_4x2000', \
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
set xtics 1
set xrange [0.8:20.2]
set yrange [6.59072:24.3573]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'fashion\_mnist\_bp: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_4x2000', \
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
set xtics 1
set xrange [0.8:20.2]
set yrange [6.59072:24.3573]
set bmargin
set title 'fashion\_mnist\_bp: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_4x2000', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
