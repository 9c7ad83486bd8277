# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 6.53 6.53 6.53
2 5.31 5.31 5.31
3 4.91 4.91 4.91
4 4.6 4.6 4.6
5 3.76 3.76 3.76
6 3.5 3.5 3.5
7 3.6 3.6 3.6
8 3.31 3.31 3.31
9 3.55 3.55 3.55
10 3.21 3.21 3.21
11 3.13 3.13 3.13
12 3.16 3.16 3.16
13 2.7 2.7 2.7
14 2.71 2.71 2.71
15 2.75 2.75 2.75
16 2.73 2.73 2.73
17 2.71 2.71 2.71
18 2.71 2.71 2.71
19 2.72 2.72 2.72
20 2.73 2.73 2.73
EOD
$c0_1 << EOD
1 11.002 11.002 11.002
2 6.778 6.778 6.778
3 5.592 5.592 5.592
4 4.754 4.754 4.754
5 4.08 4.08 4.08
6 3.776 3.776 3.776
7 3.266 3.266 3.266
8 3.006 3.006 3.006
9 2.8 2.8 2.8
10 2.592 2.592 2.592
11 2.37 2.37 2.37
12 2.288 2.288 2.288
13 1.594 1.594 1.594
14 1.512 1.512 1.512
15 1.544 1.544 1.544
16 1.446 1.446 1.446
17 1.414 1.414 1.414
18 1.442 1.442 1.442
19 1.35 1.35 1.35
20 1.386 1.386 1.386
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
set logscale y
set yrange [1:20]
set ytics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'rules\_paper: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'pepita\_mnist\_20ep', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
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
set logscale y
set yrange [1:20]
set ytics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'rules\_paper: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'pepita\_mnist\_20ep', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
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
set logscale y
set yrange [1:20]
set ytics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20)
set bmargin
set title 'rules\_paper: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'pepita\_mnist\_20ep', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
