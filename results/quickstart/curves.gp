# fflab learning curves: running train error (dashed) and test error (solid) per epoch
$run0 << EOD
1 7.882 3.81
2 2.772 2.7
3 1.77 2.46
4 0.978 2.38
5 0.388 1.86
EOD
$run1 << EOD
1 18.136 13.9
2 10.328 8.17
3 7.434 5.17
4 4.672 4.47
5 3.39 3.65
EOD
set title "quickstart: learning curves"
set xlabel 'epoch'
set ylabel 'error (%)'
set logscale y
set grid
set key outside right top
set datafile missing 'NaN'
set xtics 1
plot $run0 using 1:3 with linespoints lc 1 pt 7 ps 0.5 title "bp\\_2x1000 test", $run0 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 1 title "bp\\_2x1000 train", \
     $run1 using 1:3 with linespoints lc 2 pt 7 ps 0.5 title "ff\\_2x1000 test", $run1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 2 title "ff\\_2x1000 train"
set terminal svg size 900,560 dynamic font 'Helvetica,12'
set output 'curves.svg'
replot
set terminal pngcairo size 900,560 font 'Helvetica,10'
set output 'curves.png'
replot
unset output
