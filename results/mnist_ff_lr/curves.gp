# fflab learning curves: running train error (dashed) and test error (solid) per epoch
$run0 << EOD
1 12.206 15.47
2 7.052 10.4
3 6.128 8.14
EOD
$run1 << EOD
1 13.026 9.14
2 6.584 7.26
3 5.176 5.87
EOD
$run2 << EOD
1 31.322 26.41
2 12.044 15.31
3 9.666 11.02
EOD
$run3 << EOD
1 15.06 9.25
2 5.824 4.51
3 4.448 4.48
EOD
$run4 << EOD
1 43.664 10.96
2 36.196 11.07
3 27.304 11.39
EOD
$run5 << EOD
1 15.998 11.37
2 6.674 8.57
3 5.554 7.08
EOD
$run6 << EOD
1 19.748 10.14
2 8.758 7.3
3 6.958 5.83
EOD
$run7 << EOD
1 23.664 11.34
2 9.256 6.62
3 6.538 5.37
EOD
$run8 << EOD
1 38.53 22.4
2 25.532 12.39
3 19.944 33.44
EOD
$run9 << EOD
1 48.73 11.3
2 36.412 10.16
3 23.74 8.21
EOD
$run10 << EOD
1 17.382 8.04
2 8.338 7.54
3 7.096 7.12
EOD
$run11 << EOD
1 16.018 7.31
2 6.79 5.36
3 5.17 4.32
EOD
$run12 << EOD
1 15.612 7.45
2 7.166 5.53
3 5.52 4.7
EOD
$run13 << EOD
1 38.982 32.14
2 25.772 21.98
3 25.338 23.21
EOD
set title "mnist\\_ff\\_lr: learning curves"
set xlabel 'epoch'
set ylabel 'error (%)'
set logscale y
set grid
set key outside right top
set datafile missing 'NaN'
set xtics 1
plot $run0 using 1:3 with linespoints lc 1 pt 7 ps 0.5 title "recurrent\\_lr0.001 test", $run0 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 1 title "recurrent\\_lr0.001 train", \
     $run1 using 1:3 with linespoints lc 2 pt 7 ps 0.5 title "recurrent\\_lr0.003 test", $run1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 2 title "recurrent\\_lr0.003 train", \
     $run2 using 1:3 with linespoints lc 3 pt 7 ps 0.5 title "recurrent\\_lr0.01 test", $run2 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 3 title "recurrent\\_lr0.01 train", \
     $run3 using 1:3 with linespoints lc 4 pt 7 ps 0.5 title "supervised\\_hard\\_lr0.003\\_peer test", $run3 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 4 title "supervised\\_hard\\_lr0.003\\_peer train", \
     $run4 using 1:3 with linespoints lc 5 pt 7 ps 0.5 title "supervised\\_hard\\_lr0.01\\_peer test", $run4 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 5 title "supervised\\_hard\\_lr0.01\\_peer train", \
     $run5 using 1:3 with linespoints lc 6 pt 7 ps 0.5 title "supervised\\_lr0.001 test", $run5 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 6 title "supervised\\_lr0.001 train", \
     $run6 using 1:3 with linespoints lc 7 pt 7 ps 0.5 title "supervised\\_lr0.003 test", $run6 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 7 title "supervised\\_lr0.003 train", \
     $run7 using 1:3 with linespoints lc 8 pt 7 ps 0.5 title "supervised\\_lr0.003\\_peer test", $run7 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 8 title "supervised\\_lr0.003\\_peer train", \
     $run8 using 1:3 with linespoints lc 9 pt 7 ps 0.5 title "supervised\\_lr0.01 test", $run8 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 9 title "supervised\\_lr0.01 train", \
     $run9 using 1:3 with linespoints lc 10 pt 7 ps 0.5 title "supervised\\_lr0.01\\_peer test", $run9 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 10 title "supervised\\_lr0.01\\_peer train", \
     $run10 using 1:3 with linespoints lc 11 pt 7 ps 0.5 title "unsupervised\\_lr0.0003 test", $run10 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 11 title "unsupervised\\_lr0.0003 train", \
     $run11 using 1:3 with linespoints lc 12 pt 7 ps 0.5 title "unsupervised\\_lr0.001 test", $run11 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 12 title "unsupervised\\_lr0.001 train", \
     $run12 using 1:3 with linespoints lc 13 pt 7 ps 0.5 title "unsupervised\\_lr0.003 test", $run12 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 13 title "unsupervised\\_lr0.003 train", \
     $run13 using 1:3 with linespoints lc 14 pt 7 ps 0.5 title "unsupervised\\_lr0.01 test", $run13 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 14 title "unsupervised\\_lr0.01 train"
set terminal svg size 900,560 dynamic font 'Helvetica,12'
set output 'curves.svg'
replot
set terminal pngcairo size 900,560 font 'Helvetica,10'
set output 'curves.png'
replot
unset output
