# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 4.45 4.45 4.45
2 3.09 3.09 3.09
3 2.49 2.49 2.49
4 2.46 2.46 2.46
5 2.13 2.13 2.13
6 2.02 2.02 2.02
7 1.91 1.91 1.91
8 1.82 1.82 1.82
9 1.76 1.76 1.76
10 1.72 1.72 1.72
EOD
$c0_1 << EOD
1 9.044 9.044 9.044
2 3.024 3.024 3.024
3 1.976 1.976 1.976
4 1.31 1.31 1.31
5 0.944 0.944 0.944
6 0.68 0.68 0.68
7 0.258 0.258 0.258
8 0.08 0.08 0.08
9 0.01 0.01 0.01
10 0.004 0.004 0.004
EOD
$c1_0 << EOD
1 3.87 3.87 3.87
2 3.02 3.02 3.02
3 2.75 2.75 2.75
4 2.91 2.91 2.91
5 2.29 2.29 2.29
6 2.19 2.19 2.19
7 2.1 2.1 2.1
8 1.54 1.54 1.54
9 1.45 1.45 1.45
10 1.53 1.53 1.53
EOD
$c1_1 << EOD
1 7.666 7.666 7.666
2 2.952 2.952 2.952
3 2.054 2.054 2.054
4 1.438 1.438 1.438
5 1.166 1.166 1.166
6 0.874 0.874 0.874
7 0.44 0.44 0.44
8 0.164 0.164 0.164
9 0.03 0.03 0.03
10 0.008 0.008 0.008
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
set yrange [0.1:10]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'samenet\_mnist\_lr: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.03', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.1', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
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
set yrange [0.1:10]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'samenet\_mnist\_lr: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.03', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.1', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
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
set yrange [0.1:10]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10)
set bmargin
set title 'samenet\_mnist\_lr: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.03', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.1', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
