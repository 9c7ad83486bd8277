# fflab learning curves: running train error (dashed) and test error (solid) per epoch
$run0 << EOD
1 23.132 16.83
2 17.384 15.12
3 15.764 14.91
4 14.694 13.51
5 14.002 13.66
6 13.596 14.66
7 13.138 13.04
8 12.638 13.1
9 12.36 12.83
10 12.03 12.73
11 11.846 11.55
12 11.324 12.11
13 10.878 11.65
14 10.428 11.67
15 10.006 11.05
16 9.506 11.52
17 9.08 10.79
18 8.622 10.77
19 8.352 10.2
20 7.816 10.26
EOD
set title "fashion\\_mnist\\_bp: learning curves"
set xlabel 'epoch'
set ylabel 'error (%)'
set logscale y
set grid
set key outside right top
set datafile missing 'NaN'
set xtics 1
plot $run0 using 1:3 with linespoints lc 1 pt 7 ps 0.5 title "bp\\_4x2000 test", $run0 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lc 1 title "bp\\_4x2000 train"
set terminal svg size 900,560 dynamic font 'Helvetica,12'
set output 'curves.svg'
replot
set terminal pngcairo size 900,560 font 'Helvetica,10'
set output 'curves.png'
replot
unset output
