# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 3.82667 3.65 4.04
2 3.32333 2.8 4.11
3 2.55667 2.46 2.7
4 2.39333 2.34 2.42
5 2.28333 2 2.6
6 2.3 2.03 2.62
7 1.94 1.76 2.08
8 1.61 1.52 1.71
9 1.51333 1.44 1.62
10 1.47333 1.4 1.6
EOD
$c0_1 << EOD
1 7.916 7.684 8.178
2 2.966 2.938 3.006
3 2.09067 2.008 2.15
4 1.48933 1.366 1.612
5 1.10467 1.016 1.168
6 0.912 0.81 0.99
7 0.488 0.462 0.536
8 0.152667 0.144 0.158
9 0.0273333 0.012 0.042
10 0.00666667 0.004 0.01
EOD
$c1_0 << EOD
1 8.71333 8.14 9.03
2 6.43667 5.02 8.12
3 5.84 4.98 7.2
4 4.96 4.28 6.07
5 4.22333 3.91 4.55
6 3.39667 3.28 3.58
7 2.99667 2.69 3.36
8 2.54333 2.41 2.67
9 2.20667 2.05 2.4
10 1.92 1.88 1.96
EOD
$c1_1 << EOD
1 18.1073 17.346 18.872
2 7.10933 6.854 7.608
3 4.94667 4.752 5.066
4 3.95533 3.788 4.18
5 3.22933 3.076 3.446
6 2.846 2.794 2.942
7 1.93533 1.844 2.088
8 1.258 1.252 1.268
9 0.792667 0.748 0.846
10 0.512667 0.488 0.552
EOD
$c2_0 << EOD
1 65.7633 63.16 67.55
2 65.8267 65.28 66.4
3 88.52 86.72 90.21
4 96.9433 96.07 98.05
5 98.4933 95.74 99.88
6 96.0867 91.58 99.39
7 92.02 77.89 99.25
8 84.0867 80.29 86.3
9 82.5833 80.63 84.74
10 81.8367 78.76 84.4
EOD
$c2_1 << EOD
1 9.46867 9.346 9.534
2 5.77933 5.664 5.948
3 18.832 10.936 24.338
4 49.6027 46.802 52.448
5 38.7747 36.424 41.698
6 33.4707 32.872 34.474
7 18.4973 17.216 19.236
8 12.21 11.924 12.41
9 10.5067 10.26 10.724
10 9.81 9.65 9.99
EOD
$c3_0 << EOD
1 3.93 3.57 4.28
2 3.54333 2.88 4.21
3 2.61667 2.43 2.78
4 2.54667 2.35 2.79
5 2.42667 2.07 2.88
6 2.02667 1.96 2.14
7 1.71667 1.52 1.89
8 1.61333 1.51 1.68
9 1.55 1.52 1.59
10 1.55333 1.49 1.61
EOD
$c3_1 << EOD
1 10.054 9.84 10.432
2 3.09267 2.984 3.24
3 2.11533 2.038 2.182
4 1.39133 1.37 1.418
5 1 0.906 1.082
6 0.716 0.67 0.794
7 0.252667 0.238 0.262
8 0.0753333 0.066 0.084
9 0.00933333 0.006 0.012
10 0.00533333 0.002 0.008
EOD
$c4_0 << EOD
1 89.77 89.02 90.59
2 90.4033 89.7 90.92
3 90.7367 90.32 90.97
4 89.7633 89.39 90.2
5 90.0733 89.8 90.62
6 89.97 89.59 90.62
7 89.62 88.63 90.2
8 90.0367 89.39 90.92
9 90.56 90.49 90.6
10 90.1033 89.59 90.55
EOD
$c4_1 << EOD
1 89.936 89.866 90.002
2 89.9213 89.8 89.994
3 90.1547 90.12 90.188
4 90.1313 89.926 90.238
5 89.952 89.802 90.12
6 90.0373 89.976 90.07
7 90.138 90.02 90.296
8 90.0393 89.976 90.072
9 90.118 90.034 90.232
10 90.0493 89.936 90.146
EOD
$c5_0 << EOD
1 8.96333 8.52 9.37
2 8.08667 7.77 8.29
3 7.44 7.02 7.73
4 7.19 6.94 7.48
5 7.26 6.46 8.1
6 6.29667 6.18 6.36
7 5.68333 5.41 5.9
8 5.75333 5.52 6.04
9 5.46667 5.2 5.97
10 5.11 4.9 5.33
EOD
$c5_1 << EOD
1 18.5133 17.42 19.372
2 8.82333 8.732 8.896
3 7.71067 7.492 7.88
4 7.074 6.76 7.258
5 6.452 6.106 6.802
6 5.90533 5.664 6.074
7 5.244 5.088 5.49
8 4.68067 4.494 4.902
9 4.136 4.002 4.364
10 3.73267 3.618 3.938
EOD
$c6_0 << EOD
1 12.6867 10.03 14.24
2 10.58 8.55 13.41
3 9.93667 8.79 11.02
4 7.06333 6.59 7.46
5 7.95333 6.44 9.73
6 7.55333 6.91 8.39
7 6.34 5.17 7.42
8 6.05333 5.49 6.86
9 4.78333 4.47 5.21
10 4.57 4.1 4.9
EOD
$c6_1 << EOD
1 28.4627 27.998 28.914
2 13.4213 13.224 13.676
3 11.1773 11.008 11.346
4 9.546 9.282 9.79
5 8.55 8.3 8.782
6 7.736 7.64 7.906
7 6.378 6.296 6.436
8 5.77733 5.578 5.972
9 4.858 4.8 4.928
10 4.15667 4.1 4.204
EOD
$c7_0 << EOD
1 11.7067 11.45 12.14
2 9.72667 9.54 10
3 8.80333 8.58 9
4 7.75 7.42 8
5 7.70333 7.09 8.05
6 6.69 6.61 6.76
7 6.19 5.7 6.54
8 5.98 5.89 6.05
9 5.81333 5.58 6.02
10 5.52333 5.34 5.63
EOD
$c7_1 << EOD
1 19.6153 19.11 20.04
2 10.6213 10.548 10.696
3 9.2 9.126 9.3
4 8.40867 8.166 8.712
5 7.678 7.51 7.834
6 7.064 6.822 7.348
7 6.372 6.208 6.632
8 5.84867 5.73 5.986
9 5.46667 5.388 5.602
10 5.24867 5.184 5.29
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
set yrange [0.1:100]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs; several seeds: their mean, the band from the lowest to the highest' at screen 0.01, screen 0.0511304 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'local\_rules\_mnist: learning curves'
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
set yrange [0.1:100]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs; several seeds: their mean, the band from the lowest to the highest' at screen 0.01, screen 0.0511304 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'local\_rules\_mnist: learning curves'
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
set yrange [0.1:100]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set bmargin
set multiplot title 'local\_rules\_mnist: learning curves'
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
