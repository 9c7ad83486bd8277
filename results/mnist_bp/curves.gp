# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 3.48 3.48 3.48
2 2.96 2.96 2.96
3 2.36 2.36 2.36
4 2.66 2.66 2.66
5 2.24 2.24 2.24
6 1.98 1.98 1.98
7 2.11 2.11 2.11
8 2.23 2.23 2.23
9 2.1 2.1 2.1
10 2.12 2.12 2.12
11 1.87 1.87 1.87
12 1.48 1.48 1.48
13 1.52 1.52 1.52
14 1.44 1.44 1.44
15 1.45 1.45 1.45
16 1.44 1.44 1.44
17 1.44 1.44 1.44
18 1.44 1.44 1.44
19 1.44 1.44 1.44
20 1.44 1.44 1.44
EOD
$c0_1 << EOD
1 8.246 8.246 8.246
2 2.652 2.652 2.652
3 1.728 1.728 1.728
4 1.192 1.192 1.192
5 0.9 0.9 0.9
6 0.686 0.686 0.686
7 0.428 0.428 0.428
8 0.42 0.42 0.42
9 0.328 0.328 0.328
10 0.39 0.39 0.39
11 0.162 0.162 0.162
12 0.05 0.05 0.05
13 0.014 0.014 0.014
14 0.006 0.006 0.006
15 0.002 0.002 0.002
16 0 0 0
17 0 0 0
18 0 0 0
19 0 0 0
20 0 0 0
EOD
$c1_0 << EOD
1 4.04 4.04 4.04
2 2.99 2.99 2.99
3 2.49 2.49 2.49
4 2.58 2.58 2.58
5 2.38 2.38 2.38
6 2.19 2.19 2.19
7 2.2 2.2 2.2
8 2.31 2.31 2.31
9 2.31 2.31 2.31
10 2.12 2.12 2.12
11 1.68 1.68 1.68
12 1.66 1.66 1.66
13 1.91 1.91 1.91
14 1.64 1.64 1.64
15 1.64 1.64 1.64
16 1.53 1.53 1.53
17 1.46 1.46 1.46
18 1.4 1.4 1.4
19 1.4 1.4 1.4
20 1.44 1.44 1.44
EOD
$c1_1 << EOD
1 9.542 9.542 9.542
2 3.548 3.548 3.548
3 2.388 2.388 2.388
4 1.876 1.876 1.876
5 1.564 1.564 1.564
6 1.354 1.354 1.354
7 1.154 1.154 1.154
8 1.1 1.1 1.1
9 0.856 0.856 0.856
10 0.694 0.694 0.694
11 0.66 0.66 0.66
12 0.524 0.524 0.524
13 0.26 0.26 0.26
14 0.258 0.258 0.258
15 0.09 0.09 0.09
16 0.056 0.056 0.056
17 0.04 0.04 0.04
18 0.02 0.02 0.02
19 0.018 0.018 0.018
20 0.012 0.012 0.012
EOD
$c2_0 << EOD
1 3.90333 3.67 4.04
2 2.96333 2.9 3
3 2.74333 2.49 3.15
4 2.46 2.3 2.58
5 2.3 2.23 2.38
6 2.36 2.19 2.7
7 2.26333 2.2 2.3
8 2.12 2 2.31
9 2.06333 1.9 2.31
10 2.21333 2.04 2.48
11 1.86667 1.68 2.08
12 1.77 1.66 1.94
13 1.83667 1.74 1.91
14 1.72667 1.64 1.86
15 1.61333 1.57 1.64
16 1.56333 1.53 1.58
17 1.50333 1.46 1.59
18 1.46667 1.4 1.51
19 1.46333 1.4 1.52
20 1.48333 1.44 1.53
EOD
$c2_1 << EOD
1 9.674 9.542 9.882
2 3.54467 3.442 3.644
3 2.44333 2.388 2.542
4 1.96867 1.876 2.076
5 1.572 1.554 1.598
6 1.35067 1.306 1.392
7 1.12867 1.068 1.164
8 1.03067 0.952 1.1
9 0.861333 0.852 0.876
10 0.702667 0.636 0.778
11 0.629333 0.602 0.66
12 0.51 0.404 0.602
13 0.318667 0.26 0.372
14 0.205333 0.176 0.258
15 0.128667 0.09 0.156
16 0.0533333 0.05 0.056
17 0.0353333 0.03 0.04
18 0.0226667 0.018 0.03
19 0.0173333 0.014 0.02
20 0.00933333 0.008 0.012
EOD
$c3_0 << EOD
1 3.82667 3.26 4.29
2 2.75 2.72 2.79
3 2.25333 2.09 2.42
4 2.02667 1.95 2.12
5 2.01 1.65 2.26
6 1.84333 1.67 1.98
7 1.75667 1.69 1.8
8 1.77667 1.61 1.95
9 1.56333 1.42 1.73
10 1.6 1.47 1.7
11 1.59667 1.32 1.74
12 1.46333 1.37 1.56
13 1.26333 1.26 1.27
14 1.22333 1.11 1.3
15 1.12 1.05 1.19
16 1.11 0.99 1.34
17 1.03 0.95 1.12
18 0.993333 0.94 1.05
19 0.966667 0.94 0.98
20 0.956667 0.91 0.98
EOD
$c3_1 << EOD
1 10.7993 10.566 11.014
2 3.94933 3.894 4.01
3 2.98933 2.93 3.056
4 2.41333 2.348 2.48
5 2.13733 2.074 2.188
6 1.786 1.778 1.798
7 1.60933 1.55 1.64
8 1.476 1.452 1.502
9 1.34867 1.304 1.398
10 1.25467 1.202 1.304
11 1.13933 1.114 1.178
12 0.903333 0.888 0.916
13 0.753333 0.728 0.768
14 0.588667 0.58 0.594
15 0.486 0.432 0.558
16 0.366667 0.362 0.376
17 0.287333 0.27 0.314
18 0.228 0.21 0.24
19 0.198667 0.186 0.206
20 0.143333 0.128 0.152
EOD
$c4_0 << EOD
1 3.57333 3.48 3.74
2 2.87 2.54 3.11
3 2.52 2.36 2.77
4 2.49667 2.11 2.72
5 2.40667 2.24 2.57
6 2.17333 1.96 2.58
7 2.05667 1.92 2.14
8 2.12333 1.86 2.28
9 1.95 1.84 2.1
10 2.05667 1.92 2.13
11 1.97667 1.87 2.18
12 1.68 1.48 1.84
13 1.57667 1.52 1.62
14 1.49 1.44 1.52
15 1.46 1.44 1.49
16 1.46 1.44 1.5
17 1.44667 1.4 1.5
18 1.44333 1.39 1.5
19 1.44333 1.39 1.5
20 1.44333 1.39 1.5
EOD
$c4_1 << EOD
1 8.15533 8.086 8.246
2 2.69067 2.652 2.732
3 1.732 1.72 1.748
4 1.216 1.192 1.254
5 0.934 0.9 0.986
6 0.714667 0.678 0.78
7 0.508667 0.428 0.574
8 0.444 0.42 0.464
9 0.325333 0.194 0.454
10 0.386 0.302 0.466
11 0.228 0.162 0.332
12 0.094 0.05 0.12
13 0.038 0.014 0.068
14 0.004 0 0.006
15 0.000666667 0 0.002
16 0 0 0
17 0 0 0
18 0 0 0
19 0 0 0
20 0 0 0
EOD
set terminal svg size 900,560 dynamic font 'Helvetica,12'
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
set xrange [0.8:20.2]
set logscale y
set yrange [0.1:20]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20)
set label 90 'solid: validation error at the evaluated epochs; several seeds: their mean, the band from the lowest to the highest' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'mnist\_bp: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_4x2000', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_4x2000\_dropout', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 3 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_4x2000\_dropout\_seeds (3 seeds)', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 4 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'bp\_4x2000\_jitter\_seeds (3 seeds)', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 5 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'bp\_4x2000\_seeds (3 seeds)', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)', \
     keyentry with filledcurves fs transparent solid 0.18 lc rgb 'black' title 'min-max over seeds'
unset label 90
unset label 91
unset output
set terminal pngcairo size 900,560 font 'Helvetica,10'
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
set xrange [0.8:20.2]
set logscale y
set yrange [0.1:20]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20)
set label 90 'solid: validation error at the evaluated epochs; several seeds: their mean, the band from the lowest to the highest' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'mnist\_bp: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_4x2000', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_4x2000\_dropout', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 3 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_4x2000\_dropout\_seeds (3 seeds)', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 4 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'bp\_4x2000\_jitter\_seeds (3 seeds)', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 5 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'bp\_4x2000\_seeds (3 seeds)', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)', \
     keyentry with filledcurves fs transparent solid 0.18 lc rgb 'black' title 'min-max over seeds'
unset label 90
unset label 91
unset output
set terminal pdfcairo size 3.5in,3.2in font 'Helvetica,6' linewidth 0.6
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
set xrange [0.8:20.2]
set logscale y
set yrange [0.1:20]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20)
set bmargin
set title 'mnist\_bp: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_4x2000', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_4x2000\_dropout', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 3 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_4x2000\_dropout\_seeds (3 seeds)', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 4 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'bp\_4x2000\_jitter\_seeds (3 seeds)', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 5 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'bp\_4x2000\_seeds (3 seeds)', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)', \
     keyentry with filledcurves fs transparent solid 0.18 lc rgb 'black' title 'min-max over seeds'
unset label 90
unset label 91
unset output
