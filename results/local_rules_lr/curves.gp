# fflab learning curves: running train error (dashed) and test error (solid) per epoch
$run0 << EOD
1 12.286 6.13
2 4.75 4.09
EOD
$run1 << EOD
1 9.062 4.55
2 3.028 2.75
EOD
$run2 << EOD
1 7.684 4.61
2 2.954 2.51
EOD
$run3 << EOD
1 11.264 6.49
2 5.322 4.34
EOD
$run4 << EOD
1 24.256 10.55
2 9.438 7.97
EOD
$run5 << EOD
1 28.914 13.8
2 13.364 8.27
EOD
$run6 << EOD
1 31.312 20.42
2 15.006 12.51
EOD
$run7 << EOD
1 44.676 19.92
2 19.196 17.41
EOD
$run8 << EOD
1 89.94 89.68
2 89.994 89.68
EOD
$run9 << EOD
1 90.008 90.18
2 90.046 89.9
EOD
$run10 << EOD
1 89.692 89.9
EOD
$run11 << EOD
1 24.018 10.91
2 10.424 9.08
EOD
$run12 << EOD
1 18.006 9.12
2 8.874 8.6
EOD
$run13 << EOD
1 17.42 8.88
2 8.842 7.77
EOD
$run14 << EOD
1 20.478 8.82
2 10.904 14.83
EOD
$run15 << EOD
1 11.406 10.12
2 5.03 7.5
EOD
$run16 << EOD
1 18.872 8.13
2 7.608 4.95
EOD
$run17 << EOD
1 73.622 91.23
2 80.154 65.22
EOD
$run18 << EOD
1 9.094 86.11
2 4.8 78.48
EOD
$run19 << EOD
1 8.876 73.12
2 4.736 65.22
EOD
$run20 << EOD
1 9.526 67.16
2 5.948 64.54
EOD
$run21 << EOD
1 78.652 89.9
2 89.906 90.26
EOD
$run22 << EOD
1 85.532 90.42
EOD
$run23 << EOD
1 16.536 7.33
2 6.562 5.72
EOD
$run24 << EOD
1 12.252 4.82
2 4.066 3.62
EOD
$run25 << EOD
1 9.84 4.15
2 2.984 2.7
EOD
$run26 << EOD
1 10.528 6.54
2 4.76 4.24
EOD
$run27 << EOD
1 25.882 14.63
2 13.712 11.54
EOD
$run28 << EOD
1 19.11 10.54
2 10.548 9.03
EOD
$run29 << EOD
1 24.484 89.9
EOD
set title "local\\_rules\\_lr: learning curves"
set xlabel 'epoch'
set ylabel 'error (%)'
set logscale y
set grid
set key outside right top
set datafile missing 'NaN'
set xtics 1
plot $run0 using 1:3 with linespoints lc 1 pt 7 ps 0.5 title "bp\\_lr0.01 test", $run0 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 1 title "bp\\_lr0.01 train", \
     $run1 using 1:3 with linespoints lc 2 pt 7 ps 0.5 title "bp\\_lr0.03 test", $run1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 2 title "bp\\_lr0.03 train", \
     $run2 using 1:3 with linespoints lc 3 pt 7 ps 0.5 title "bp\\_lr0.1 test", $run2 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 3 title "bp\\_lr0.1 train", \
     $run3 using 1:3 with linespoints lc 4 pt 7 ps 0.5 title "bp\\_lr0.3 test", $run3 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 4 title "bp\\_lr0.3 train", \
     $run4 using 1:3 with linespoints lc 5 pt 7 ps 0.5 title "dfa\\_lr0.001 test", $run4 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 5 title "dfa\\_lr0.001 train", \
     $run5 using 1:3 with linespoints lc 6 pt 7 ps 0.5 title "dfa\\_lr0.003 test", $run5 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 6 title "dfa\\_lr0.003 train", \
     $run6 using 1:3 with linespoints lc 7 pt 7 ps 0.5 title "dfa\\_lr0.01 test", $run6 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 7 title "dfa\\_lr0.01 train", \
     $run7 using 1:3 with linespoints lc 8 pt 7 ps 0.5 title "dfa\\_lr0.03 test", $run7 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 8 title "dfa\\_lr0.03 train", \
     $run8 using 1:3 with linespoints lc 9 pt 7 ps 0.5 title "drtp\\_lr0.001 test", $run8 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 9 title "drtp\\_lr0.001 train", \
     $run9 using 1:3 with linespoints lc 10 pt 7 ps 0.5 title "drtp\\_lr0.003 test", $run9 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 10 title "drtp\\_lr0.003 train", \
     $run10 using 1:3 with linespoints lc 11 pt 7 ps 0.5 title "drtp\\_lr0.01 test", $run10 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 11 title "drtp\\_lr0.01 train", \
     $run11 using 1:3 with linespoints lc 12 pt 7 ps 0.5 title "drtp\\_tanh\\_lr0.003 test", $run11 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 12 title "drtp\\_tanh\\_lr0.003 train", \
     $run12 using 1:3 with linespoints lc 13 pt 7 ps 0.5 title "drtp\\_tanh\\_lr0.01 test", $run12 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 13 title "drtp\\_tanh\\_lr0.01 train", \
     $run13 using 1:3 with linespoints lc 14 pt 7 ps 0.5 title "drtp\\_tanh\\_lr0.03 test", $run13 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 14 title "drtp\\_tanh\\_lr0.03 train", \
     $run14 using 1:3 with linespoints lc 15 pt 7 ps 0.5 title "drtp\\_tanh\\_lr0.1 test", $run14 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 15 title "drtp\\_tanh\\_lr0.1 train", \
     $run15 using 1:3 with linespoints lc 16 pt 7 ps 0.5 title "ff\\_lr0.003 test", $run15 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 16 title "ff\\_lr0.003 train", \
     $run16 using 1:3 with linespoints lc 17 pt 7 ps 0.5 title "ff\\_lr0.01 test", $run16 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 17 title "ff\\_lr0.01 train", \
     $run17 using 1:3 with linespoints lc 18 pt 7 ps 0.5 title "ff\\_lr0.03 test", $run17 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 18 title "ff\\_lr0.03 train", \
     $run18 using 1:3 with linespoints lc 19 pt 7 ps 0.5 title "ff\\_symba\\_lr0.003 test", $run18 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 19 title "ff\\_symba\\_lr0.003 train", \
     $run19 using 1:3 with linespoints lc 20 pt 7 ps 0.5 title "ff\\_symba\\_lr0.01 test", $run19 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 20 title "ff\\_symba\\_lr0.01 train", \
     $run20 using 1:3 with linespoints lc 21 pt 7 ps 0.5 title "ff\\_symba\\_lr0.03 test", $run20 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 21 title "ff\\_symba\\_lr0.03 train", \
     $run21 using 1:3 with linespoints lc 22 pt 7 ps 0.5 title "ff\\_symba\\_lr0.1 test", $run21 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 22 title "ff\\_symba\\_lr0.1 train", \
     $run22 using 1:3 with linespoints lc 23 pt 7 ps 0.5 title "ff\\_symba\\_lr0.3 test", $run22 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 23 title "ff\\_symba\\_lr0.3 train", \
     $run23 using 1:3 with linespoints lc 24 pt 7 ps 0.5 title "local\\_head\\_lr0.01 test", $run23 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 24 title "local\\_head\\_lr0.01 train", \
     $run24 using 1:3 with linespoints lc 25 pt 7 ps 0.5 title "local\\_head\\_lr0.03 test", $run24 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 25 title "local\\_head\\_lr0.03 train", \
     $run25 using 1:3 with linespoints lc 26 pt 7 ps 0.5 title "local\\_head\\_lr0.1 test", $run25 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 26 title "local\\_head\\_lr0.1 train", \
     $run26 using 1:3 with linespoints lc 27 pt 7 ps 0.5 title "local\\_head\\_lr0.3 test", $run26 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 27 title "local\\_head\\_lr0.3 train", \
     $run27 using 1:3 with linespoints lc 28 pt 7 ps 0.5 title "pepita\\_lr0.01 test", $run27 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 28 title "pepita\\_lr0.01 train", \
     $run28 using 1:3 with linespoints lc 29 pt 7 ps 0.5 title "pepita\\_lr0.03 test", $run28 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 29 title "pepita\\_lr0.03 train", \
     $run29 using 1:3 with linespoints lc 30 pt 7 ps 0.5 title "pepita\\_lr0.1 test", $run29 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 30 title "pepita\\_lr0.1 train"
set terminal svg size 900,560 dynamic font 'Helvetica,12'
set output 'curves.svg'
replot
set terminal pngcairo size 900,560 font 'Helvetica,10'
set output 'curves.png'
replot
unset output
