# fflab learning curves: running train error (dashed) and test error (solid) per epoch
$run0 << EOD
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
$run1 << EOD
1 73.02 NaN
2 63.08 NaN
3 56.87 NaN
4 60.49 NaN
5 52.95 NaN
6 49.04 NaN
7 44.04 NaN
8 37.55 NaN
9 30.91 NaN
10 23.05 55.59
EOD
$run2 << EOD
1 72.96 NaN
2 66.8 NaN
3 63.11 NaN
4 61.8 NaN
5 59.97 NaN
6 59.12 NaN
7 53.86 NaN
8 49.05 NaN
9 40.67 NaN
10 32.51 53.64
EOD
$run3 << EOD
1 73.01 NaN
2 63.8 NaN
3 59.47 NaN
4 59.16 NaN
5 56.83 NaN
6 54.95 NaN
7 48.57 NaN
8 42.54 NaN
9 35.3 NaN
10 27.09 52.76
EOD
$run4 << EOD
1 74.55 NaN
2 63.91 NaN
3 59.19 NaN
4 58.77 NaN
5 57.96 NaN
6 52.02 NaN
7 46.89 NaN
8 42.32 NaN
9 35.9 NaN
10 28.12 57.58
EOD
set title "cifar10\\_ff\\_choices: learning curves"
set xlabel 'epoch'
set ylabel 'error (%)'
set logscale y
set grid
set key outside right top
set datafile missing 'NaN'
set xtics 1
plot $run0 using 1:3 with linespoints lc 1 pt 7 ps 0.5 title "baseline\\_reduced test", $run0 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 1 title "baseline\\_reduced train", \
     $run1 using 1:3 with linespoints lc 2 pt 7 ps 0.5 title "label\\_strength3\\_lr0.003\\_reduced test", $run1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 2 title "label\\_strength3\\_lr0.003\\_reduced train", \
     $run2 using 1:3 with linespoints lc 3 pt 7 ps 0.5 title "label\\_strength3\\_lr0.03\\_reduced test", $run2 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 3 title "label\\_strength3\\_lr0.03\\_reduced train", \
     $run3 using 1:3 with linespoints lc 4 pt 7 ps 0.5 title "label\\_strength3\\_reduced test", $run3 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 4 title "label\\_strength3\\_reduced train", \
     $run4 using 1:3 with linespoints lc 5 pt 7 ps 0.5 title "lr0.003\\_reduced test", $run4 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 5 title "lr0.003\\_reduced train"
set terminal svg size 900,560 dynamic font 'Helvetica,12'
set output 'curves.svg'
replot
set terminal pngcairo size 900,560 font 'Helvetica,10'
set output 'curves.png'
replot
unset output
