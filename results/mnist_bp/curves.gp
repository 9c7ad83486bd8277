# fflab learning curves: running train error (dashed) and test error (solid) per epoch
$run0 << EOD
1 8.246 3.94
2 2.652 2.75
3 1.728 2.54
4 1.192 2.32
5 0.9 2.29
6 0.686 1.93
7 0.428 1.87
8 0.42 2.13
9 0.328 2.14
10 0.39 2.15
11 0.162 1.76
12 0.05 1.62
13 0.014 1.55
14 0.006 1.51
15 0.002 1.51
16 0 1.5
17 0 1.5
18 0 1.5
19 0 1.5
20 0 1.5
EOD
$run1 << EOD
1 9.542 4.43
2 3.548 3.24
3 2.388 2.62
4 1.876 2.62
5 1.564 2.26
6 1.354 2.21
7 1.154 2.11
8 1.1 1.94
9 0.856 2.09
10 0.694 2.13
11 0.66 1.64
12 0.524 1.73
13 0.26 1.76
14 0.258 1.49
15 0.09 1.45
16 0.056 1.4
17 0.04 1.37
18 0.02 1.32
19 0.018 1.37
20 0.012 1.36
EOD
set title "mnist\\_bp: learning curves"
set xlabel 'epoch'
set ylabel 'error (%)'
set logscale y
set grid
set key outside right top
set datafile missing 'NaN'
set xtics 1
plot $run0 using 1:3 with linespoints lc 1 pt 7 ps 0.5 title "bp\\_4x2000 test", $run0 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 1 title "bp\\_4x2000 train", \
     $run1 using 1:3 with linespoints lc 2 pt 7 ps 0.5 title "bp\\_4x2000\\_dropout test", $run1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 2 title "bp\\_4x2000\\_dropout train"
set terminal svg size 900,560 dynamic font 'Helvetica,12'
set output 'curves.svg'
replot
set terminal pngcairo size 900,560 font 'Helvetica,10'
set output 'curves.png'
replot
unset output
