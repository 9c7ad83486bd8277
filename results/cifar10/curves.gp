# fflab learning curves: running train error (dashed) and test error (solid) per epoch
$run0 << EOD
1 65.26 60.21
2 52.33 53.46
3 45.38 53.45
4 40.39 52.51
5 36.36 51.3
6 31.75 51.52
7 26.59 50.42
8 21.31 49.63
9 17.45 48.88
10 14.32 48.82
EOD
$run1 << EOD
1 68.01 62.97
2 55.1 56.24
3 48.81 54.06
4 43.54 53.16
5 39.72 52.18
6 34.06 52.11
7 28.87 50.18
8 22.95 49.8
9 18.93 49.15
10 15.21 48.93
EOD
$run2 << EOD
1 73.33 NaN
2 66.58 NaN
3 62.31 NaN
4 60.63 NaN
5 57.13 NaN
6 56.53 NaN
7 50.73 NaN
8 45.02 NaN
9 39.17 NaN
10 31.64 55.5
EOD
$run3 << EOD
1 77.38 NaN
2 69.74 NaN
3 65.11 NaN
4 64.74 NaN
5 63.13 NaN
6 61.68 NaN
7 56.55 NaN
8 50.54 NaN
9 44.29 NaN
10 36.97 57.43
EOD
$run4 << EOD
1 74.06 NaN
2 65.67 NaN
3 60.95 NaN
4 60.74 NaN
5 57.68 NaN
6 56.01 NaN
7 51.25 NaN
8 45.36 NaN
9 38.49 NaN
10 31.79 54.85
EOD
$run5 << EOD
1 77.68 NaN
2 69.03 NaN
3 67.55 NaN
4 64.08 NaN
5 63.23 NaN
6 61.55 NaN
7 57.1 NaN
8 51.42 NaN
9 45.97 NaN
10 37.64 56.32
EOD
set title "cifar10: learning curves"
set xlabel 'epoch'
set ylabel 'error (%)'
set logscale y
set grid
set key outside right top
set datafile missing 'NaN'
set xtics 1
plot $run0 using 1:3 with linespoints lc 1 pt 7 ps 0.5 title "bp\\_2\\_hidden\\_reduced test", $run0 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 1 title "bp\\_2\\_hidden\\_reduced train", \
     $run1 using 1:3 with linespoints lc 2 pt 7 ps 0.5 title "bp\\_3\\_hidden\\_reduced test", $run1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 2 title "bp\\_3\\_hidden\\_reduced train", \
     $run2 using 1:3 with linespoints lc 3 pt 7 ps 0.5 title "ff\\_max\\_ssq\\_2\\_hidden\\_reduced test", $run2 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 3 title "ff\\_max\\_ssq\\_2\\_hidden\\_reduced train", \
     $run3 using 1:3 with linespoints lc 4 pt 7 ps 0.5 title "ff\\_max\\_ssq\\_3\\_hidden\\_reduced test", $run3 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 4 title "ff\\_max\\_ssq\\_3\\_hidden\\_reduced train", \
     $run4 using 1:3 with linespoints lc 5 pt 7 ps 0.5 title "ff\\_min\\_ssq\\_2\\_hidden\\_reduced test", $run4 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 5 title "ff\\_min\\_ssq\\_2\\_hidden\\_reduced train", \
     $run5 using 1:3 with linespoints lc 6 pt 7 ps 0.5 title "ff\\_min\\_ssq\\_3\\_hidden\\_reduced test", $run5 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 6 title "ff\\_min\\_ssq\\_3\\_hidden\\_reduced train"
set terminal svg size 900,560 dynamic font 'Helvetica,12'
set output 'curves.svg'
replot
set terminal pngcairo size 900,560 font 'Helvetica,10'
set output 'curves.png'
replot
unset output
