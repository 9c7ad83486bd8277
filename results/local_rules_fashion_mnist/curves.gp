# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 16.53 14.91 18.01
2 14.3267 13.36 15.84
3 14.3333 13.86 14.66
4 12.8433 12.34 13.12
5 12.1767 11.7 12.59
6 13.41 12.43 14.04
7 11.4133 11.05 11.85
8 10.9767 10.63 11.3
9 10.4833 10.18 10.65
10 10.0467 9.71 10.33
EOD
$c0_1 << EOD
1 20.6727 20.384 21.122
2 15.2313 15.088 15.358
3 13.7507 13.56 13.878
4 12.7633 12.456 12.968
5 12.028 11.948 12.124
6 11.3467 11.216 11.472
7 10.3253 10.218 10.412
8 9.32 9.15 9.418
9 8.28933 8.156 8.444
10 7.32133 7.142 7.428
EOD
$c1_0 << EOD
1 39.3167 38.21 41.03
2 33.8 30.45 39.35
3 39.7067 36.48 45.1
4 25.8433 21.66 30.66
5 22.1633 20.12 25.09
6 22.29 19.23 24.68
7 18.75 18.13 19.49
8 16.7867 15.51 18.61
9 14.7067 13.95 16.2
10 14.6467 14.09 15.72
EOD
$c1_1 << EOD
1 53.3507 52.526 54.11
2 40.672 40.144 41.034
3 36.0313 35.056 37.278
4 32.2887 30.674 35.51
5 29.5393 28.086 32.43
6 26.9787 25.372 29.47
7 23.68 21.916 26.1
8 19.5627 17.796 21.946
9 16.368 15.138 18.1
10 14.048 13.008 15.564
EOD
$c2_0 << EOD
1 82.7567 79.86 86.6
2 75.94 72.21 78.44
3 71.7333 69.57 74.63
4 77.3433 72.01 80.16
5 88.7633 85.89 90.37
6 90.1233 89.99 90.22
7 73.2 66.72 83.47
8 84.43 80.31 88.57
9 82.6767 78.09 85.04
10 83.2167 77.85 86.24
EOD
$c2_1 << EOD
1 23.47 22.736 24.324
2 63.2893 60.084 67.15
3 88.4147 87.548 89.252
4 89.69 89.044 90.176
5 89.9247 89.482 90.556
6 89.9693 89.874 90.112
7 89.972 89.824 90.172
8 89.4273 89.29 89.564
9 74.2487 70.258 81.51
10 79.0227 71.264 86.612
EOD
$c3_0 << EOD
1 16.6967 15.09 19.15
2 14.8333 13.9 15.77
3 15.6467 15.15 15.95
4 13.26 13.07 13.6
5 13.1067 12.94 13.43
6 13.3133 12.75 13.74
7 11.9433 11.46 12.67
8 11.8467 11.41 12.18
9 11.3033 10.79 11.79
10 10.6433 10.38 11.09
EOD
$c3_1 << EOD
1 21.952 21.728 22.088
2 15.6293 15.572 15.662
3 14.5973 14.398 14.926
4 13.5747 13.216 13.77
5 12.9267 12.824 13.078
6 12.3887 12.166 12.588
7 11.3827 11.36 11.42
8 10.2007 10.178 10.226
9 9.226 9.2 9.244
10 8.40667 8.35 8.46
EOD
$c4_0 << EOD
1 90.0333 89.64 90.37
2 90.0967 89.99 90.23
3 89.9267 89.72 90.07
4 89.9733 89.61 90.22
5 89.9267 89.58 90.32
6 89.7867 89.61 90.07
7 90.0867 90 90.23
8 90.1367 89.99 90.23
9 90.0067 89.58 90.45
10 89.8833 89.64 90.02
EOD
$c4_1 << EOD
1 90.0447 89.666 90.308
2 90.088 89.924 90.186
3 90.106 90.06 90.178
4 90.1033 90.066 90.14
5 90.1027 90.076 90.122
6 90.0647 89.83 90.418
7 90.0387 89.966 90.18
8 89.9907 89.752 90.15
9 89.954 89.9 90.036
10 89.9773 89.938 90.028
EOD
$c5_0 << EOD
1 24.9233 18.8 30.68
2 22.35 17.94 30.04
3 20.47 18.32 21.61
4 18.61 17.31 20.41
5 23.2233 22.21 24.62
6 17.8633 16.92 18.87
7 17.7433 16.68 19.51
8 16.6667 15.55 17.78
9 15.6933 15.08 16.68
10 14.9167 14.68 15.16
EOD
$c5_1 << EOD
1 33.094 32.534 33.982
2 21.406 21.354 21.488
3 19.546 19.132 19.816
4 18.582 18.376 18.692
5 18.2567 17.784 18.656
6 17.6053 17.46 17.894
7 16.754 16.712 16.81
8 15.672 15.502 15.822
9 14.94 14.598 15.194
10 13.774 13.722 13.828
EOD
$c6_0 << EOD
1 30.7967 28 35.44
2 28.8967 23.17 34.21
3 21.8833 19.99 23.6
4 22.1733 20.74 22.9
5 23.2867 21.22 25.71
6 22.89 20.22 24.83
7 23.0967 18.39 27.32
8 20.4367 18.39 21.81
9 17.4267 16.62 17.91
10 18.78 18.01 19.54
EOD
$c6_1 << EOD
1 44.9267 44.596 45.236
2 30.394 29.76 31.014
3 26.8007 26.012 27.922
4 24.9053 24.084 25.556
5 23.9267 23.404 24.226
6 23.2707 23.064 23.642
7 21.918 21.668 22.2
8 20.6453 20.202 21.11
9 19.372 19.116 19.544
10 18.1627 17.952 18.402
EOD
$c7_0 << EOD
1 21.1233 20.66 21.98
2 20.76 19.28 22.36
3 20.86 18.42 24.47
4 17.9633 16.9 19.32
5 19.3133 16.68 22.48
6 18.33 16.17 19.75
7 18.59 16.61 20.57
8 16.2333 15.65 17.13
9 15.6033 15.09 16.46
10 14.8367 14.47 15.47
EOD
$c7_1 << EOD
1 26.5713 26.018 26.898
2 20.0273 19.694 20.486
3 19.2913 18.986 19.606
4 18.8433 18.552 19.026
5 18.8187 18.564 19.032
6 18.948 18.286 19.486
7 18.152 17.734 18.858
8 16.612 15.83 17.412
9 15.6653 15.538 15.76
10 14.1127 13.894 14.24
EOD
set terminal svg size 1300,460 dynamic font 'Helvetica,12'
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
set xtics 1
set xrange [0.8:10.2]
set logscale y
set yrange [5:100]
set ytics ('5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs; several seeds: their mean, the band from the lowest to the highest' at screen 0.01, screen 0.0511304 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'local\_rules\_fashion\_mnist: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.76087
set origin 0, 0.152174
plot $c0_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 1 notitle, \
     $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title '1\_bp (3 seeds)', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 2 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title '2\_ff (3 seeds)', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 3 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title '3\_ff\_symba (3 seeds)', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 4 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title '4\_local\_head (3 seeds)', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)', \
     keyentry with filledcurves fs transparent solid 0.18 lc rgb 'black' title 'min-max over seeds'
unset label 90
unset label 91
set size 0.5, 0.76087
set origin 0.5, 0.152174
plot $c4_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 1 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title '5\_drtp (3 seeds)', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c5_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 2 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title '6\_drtp\_tanh (3 seeds)', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c6_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 3 notitle, \
     $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title '7\_dfa (3 seeds)', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c7_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 4 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title '8\_pepita (3 seeds)', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)', \
     keyentry with filledcurves fs transparent solid 0.18 lc rgb 'black' title 'min-max over seeds'
unset multiplot
unset output
set terminal pngcairo size 1300,460 font 'Helvetica,10'
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
set xtics 1
set xrange [0.8:10.2]
set logscale y
set yrange [5:100]
set ytics ('5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs; several seeds: their mean, the band from the lowest to the highest' at screen 0.01, screen 0.0511304 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'local\_rules\_fashion\_mnist: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.76087
set origin 0, 0.152174
plot $c0_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 1 notitle, \
     $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title '1\_bp (3 seeds)', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 2 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title '2\_ff (3 seeds)', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 3 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title '3\_ff\_symba (3 seeds)', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 4 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title '4\_local\_head (3 seeds)', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)', \
     keyentry with filledcurves fs transparent solid 0.18 lc rgb 'black' title 'min-max over seeds'
unset label 90
unset label 91
set size 0.5, 0.76087
set origin 0.5, 0.152174
plot $c4_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 1 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title '5\_drtp (3 seeds)', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c5_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 2 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title '6\_drtp\_tanh (3 seeds)', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c6_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 3 notitle, \
     $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title '7\_dfa (3 seeds)', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c7_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 4 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title '8\_pepita (3 seeds)', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)', \
     keyentry with filledcurves fs transparent solid 0.18 lc rgb 'black' title 'min-max over seeds'
unset multiplot
unset output
set terminal pdfcairo size 7in,2.6in font 'Helvetica,6' linewidth 0.6
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
set xtics 1
set xrange [0.8:10.2]
set logscale y
set yrange [5:100]
set ytics ('5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set bmargin
set multiplot title 'local\_rules\_fashion\_mnist: learning curves'
set key below horizontal Left reverse samplen 1.5 font ',5'
set size 0.5, 0.76087
set origin 0, 0.152174
plot $c0_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 1 notitle, \
     $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title '1\_bp (3 seeds)', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 2 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title '2\_ff (3 seeds)', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 3 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title '3\_ff\_symba (3 seeds)', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 4 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title '4\_local\_head (3 seeds)', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)', \
     keyentry with filledcurves fs transparent solid 0.18 lc rgb 'black' title 'min-max over seeds'
unset label 90
unset label 91
set size 0.5, 0.76087
set origin 0.5, 0.152174
plot $c4_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 1 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title '5\_drtp (3 seeds)', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c5_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 2 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title '6\_drtp\_tanh (3 seeds)', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c6_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 3 notitle, \
     $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title '7\_dfa (3 seeds)', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c7_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 4 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title '8\_pepita (3 seeds)', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)', \
     keyentry with filledcurves fs transparent solid 0.18 lc rgb 'black' title 'min-max over seeds'
unset multiplot
unset output
