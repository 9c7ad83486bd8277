# fflab learning curves: running train error (dashed) and test error (solid) per epoch
$run0 << EOD
1 77.3 62
EOD
$run1 << EOD
1 78.65 67
EOD
$run2 << EOD
1 86.05 75
EOD
$run3 << EOD
1 86.95 81
EOD
$run4 << EOD
1 85.8 84
EOD
$run5 << EOD
1 86.8 84
EOD
set title "cifar10\\_timing: learning curves"
set xlabel 'epoch'
set ylabel 'error (%)'
set logscale y
set grid
set key outside right top
set datafile missing 'NaN'
set xtics 1
plot $run0 using 1:3 with linespoints lc 1 pt 7 ps 0.5 title "bp\\_2\\_hidden\\_timing test", $run0 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 1 title "bp\\_2\\_hidden\\_timing train", \
     $run1 using 1:3 with linespoints lc 2 pt 7 ps 0.5 title "bp\\_3\\_hidden\\_timing test", $run1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 2 title "bp\\_3\\_hidden\\_timing train", \
     $run2 using 1:3 with linespoints lc 3 pt 7 ps 0.5 title "ff\\_max\\_ssq\\_2\\_hidden\\_timing test", $run2 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 3 title "ff\\_max\\_ssq\\_2\\_hidden\\_timing train", \
     $run3 using 1:3 with linespoints lc 4 pt 7 ps 0.5 title "ff\\_max\\_ssq\\_3\\_hidden\\_timing test", $run3 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 4 title "ff\\_max\\_ssq\\_3\\_hidden\\_timing train", \
     $run4 using 1:3 with linespoints lc 5 pt 7 ps 0.5 title "ff\\_min\\_ssq\\_2\\_hidden\\_timing test", $run4 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 5 title "ff\\_min\\_ssq\\_2\\_hidden\\_timing train", \
     $run5 using 1:3 with linespoints lc 6 pt 7 ps 0.5 title "ff\\_min\\_ssq\\_3\\_hidden\\_timing test", $run5 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 6 title "ff\\_min\\_ssq\\_3\\_hidden\\_timing train"
set terminal svg size 900,560 dynamic font 'Helvetica,12'
set output 'curves.svg'
replot
set terminal pngcairo size 900,560 font 'Helvetica,10'
set output 'curves.png'
replot
unset output
