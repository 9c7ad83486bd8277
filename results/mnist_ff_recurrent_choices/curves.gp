# fflab learning curves: running train error (dashed) and test error (solid) per epoch
$run0 << EOD
1 13.12 NaN
2 6.562 NaN
3 5.042 NaN
4 4.034 NaN
5 3.636 NaN
6 2.692 NaN
7 1.854 NaN
8 1.322 3.14
EOD
$run1 << EOD
1 10.362 NaN
2 5.106 NaN
3 4.018 NaN
4 3.144 NaN
5 2.714 NaN
6 1.946 NaN
7 1.314 NaN
8 0.912 2.55
EOD
$run2 << EOD
1 10.596 NaN
2 4.986 NaN
3 3.858 NaN
4 3.242 NaN
5 2.816 NaN
6 1.83 NaN
7 1.182 NaN
8 0.762 2.36
EOD
$run3 << EOD
1 12.778 NaN
2 6.246 NaN
3 4.998 NaN
4 4.066 NaN
5 3.558 NaN
6 2.526 NaN
7 1.688 NaN
8 1.224 2.98
EOD
set title "mnist\\_ff\\_recurrent\\_choices: learning curves"
set xlabel 'epoch'
set ylabel 'error (%)'
set logscale y
set grid
set key outside right top
set datafile missing 'NaN'
set xtics 1
plot $run0 using 1:3 with linespoints lc 1 pt 7 ps 0.5 title "baseline\\_8ep test", $run0 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 1 title "baseline\\_8ep train", \
     $run1 using 1:3 with linespoints lc 2 pt 7 ps 0.5 title "label\\_strength10\\_8ep test", $run1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 2 title "label\\_strength10\\_8ep train", \
     $run2 using 1:3 with linespoints lc 3 pt 7 ps 0.5 title "label\\_strength3\\_8ep test", $run2 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 3 title "label\\_strength3\\_8ep train", \
     $run3 using 1:3 with linespoints lc 4 pt 7 ps 0.5 title "train\\_from\\_3\\_8ep test", $run3 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 4 title "train\\_from\\_3\\_8ep train"
set terminal svg size 900,560 dynamic font 'Helvetica,12'
set output 'curves.svg'
replot
set terminal pngcairo size 900,560 font 'Helvetica,10'
set output 'curves.png'
replot
unset output
