# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 50.24 50.24 50.24
2 44.36 44.36 44.36
3 37.74 37.74 37.74
4 37.24 37.24 37.24
5 36.2 36.2 36.2
6 36.94 36.94 36.94
7 35.3 35.3 35.3
8 33.46 33.46 33.46
9 30.42 30.42 30.42
10 32 32 32
11 29.94 29.94 29.94
12 29.32 29.32 29.32
13 29.9 29.9 29.9
14 29.48 29.48 29.48
15 28.48 28.48 28.48
16 29.46 29.46 29.46
17 28.56 28.56 28.56
18 28.46 28.46 28.46
19 27.32 27.32 27.32
20 28.2 28.2 28.2
21 29.66 29.66 29.66
22 25.7 25.7 25.7
23 26.42 26.42 26.42
24 26.1 26.1 26.1
25 26.22 26.22 26.22
26 26.18 26.18 26.18
27 26 26 26
EOD
$c0_1 << EOD
1 57.2956 57.2956 57.2956
2 47.0467 47.0467 47.0467
3 42.8489 42.8489 42.8489
4 39.3333 39.3333 39.3333
5 37.0022 37.0022 37.0022
6 35.3778 35.3778 35.3778
7 33.7733 33.7733 33.7733
8 31.1333 31.1333 31.1333
9 30.9911 30.9911 30.9911
10 29.1867 29.1867 29.1867
11 28.2489 28.2489 28.2489
12 26.5378 26.5378 26.5378
13 25.1556 25.1556 25.1556
14 23.5956 23.5956 23.5956
15 22.8956 22.8956 22.8956
16 21.9511 21.9511 21.9511
17 20.9067 20.9067 20.9067
18 18.5267 18.5267 18.5267
19 17.3956 17.3956 17.3956
20 15.9889 15.9889 15.9889
21 16.2689 16.2689 16.2689
22 12.8044 12.8044 12.8044
23 9.98 9.98 9.98
24 9.5467 9.5467 9.5467
25 7.5956 7.5956 7.5956
26 7.14 7.14 7.14
27 6.5511 6.5511 6.5511
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
set xrange [0:27.54]
set yrange [2.49154:61.3552]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'cwcomp\_cifar10: learning curves'
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
set xrange [0:27.54]
set yrange [2.49154:61.3552]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'cwcomp\_cifar10: learning curves'
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
set xrange [0:27.54]
set yrange [2.49154:61.3552]
set bmargin
set title 'cwcomp\_cifar10: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'cwcomp', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
