# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 2.77 2.77 2.77
2 2.37 2.37 2.37
3 1.74 1.74 1.74
4 1.82 1.82 1.82
5 1.5 1.5 1.5
6 1.5 1.5 1.5
7 1.29 1.29 1.29
8 1.38 1.38 1.38
9 1.43 1.43 1.43
10 1.41 1.41 1.41
11 1.27 1.27 1.27
12 1.06 1.06 1.06
13 1.11 1.11 1.11
14 1.04 1.04 1.04
15 1 1 1
16 1.02 1.02 1.02
17 1.03 1.03 1.03
18 0.95 0.95 0.95
19 0.95 0.95 0.95
20 0.94 0.94 0.94
EOD
$c0_1 << EOD
1 7.226 7.226 7.226
2 2.378 2.378 2.378
3 1.692 1.692 1.692
4 1.204 1.204 1.204
5 1.052 1.052 1.052
6 0.756 0.756 0.756
7 0.564 0.564 0.564
8 0.466 0.466 0.466
9 0.358 0.358 0.358
10 0.25 0.25 0.25
11 0.206 0.206 0.206
12 0.13 0.13 0.13
13 0.056 0.056 0.056
14 0.036 0.036 0.036
15 0.024 0.024 0.024
16 0.016 0.016 0.016
17 0.01 0.01 0.01
18 0.006 0.006 0.006
19 0.002 0.002 0.002
20 0.002 0.002 0.002
EOD
$c1_1 << EOD
1 6.64833 6.3567 6.8183
2 2.175 2.0717 2.245
3 1.5578 1.52 1.6067
4 1.19 1.145 1.235
5 0.9361 0.9183 0.96
6 0.735567 0.6717 0.7683
7 0.575533 0.56 0.5933
8 0.460533 0.4283 0.48
9 0.324467 0.3167 0.33
10 0.25 0.2317 0.2733
11 0.205567 0.1867 0.2267
12 0.1133 0.1033 0.1183
13 0.0722333 0.06 0.08
14 0.0438667 0.0333 0.05
15 0.0266667 0.0217 0.035
16 0.015 0.0133 0.0167
17 0.0111 0.0083 0.0133
18 0.00776667 0.005 0.01
19 0.00613333 0.005 0.0067
20 0.00613333 0.005 0.0067
EOD
$c2_0 << EOD
1 3.22333 2.88 3.55
2 2.53 2.46 2.64
3 1.99667 1.79 2.29
4 1.93 1.79 2.12
5 1.62667 1.51 1.74
6 1.69667 1.42 1.87
7 1.43667 1.3 1.62
8 1.46667 1.45 1.49
9 1.45333 1.35 1.51
10 1.38667 1.25 1.52
11 1.34667 1.3 1.41
12 1.19667 1.1 1.3
13 1.27 1.18 1.34
14 1.21667 1.18 1.25
15 1.24333 1.18 1.31
16 1.21 1.14 1.3
17 1.21667 1.14 1.32
18 1.17667 1.12 1.28
19 1.17 1.09 1.28
20 1.19 1.11 1.3
EOD
$c2_1 << EOD
1 7.48467 7.364 7.626
2 2.682 2.63 2.774
3 1.854 1.764 1.948
4 1.37867 1.29 1.432
5 1.13267 1.088 1.172
6 0.866667 0.846 0.892
7 0.680667 0.63 0.762
8 0.544667 0.514 0.586
9 0.410667 0.384 0.432
10 0.335333 0.3 0.36
11 0.204 0.192 0.216
12 0.144667 0.11 0.182
13 0.0706667 0.056 0.086
14 0.036 0.018 0.054
15 0.02 0.012 0.026
16 0.0146667 0.008 0.02
17 0.0106667 0.008 0.016
18 0.008 0.006 0.01
19 0.00466667 0.002 0.008
20 0.004 0.002 0.006
EOD
$c3_1 << EOD
1 6.02887 5.59 6.3583
2 2.14443 2.0533 2.2917
3 1.5161 1.4733 1.5583
4 1.18667 1.1433 1.2417
5 0.9411 0.895 1.0183
6 0.704433 0.675 0.7233
7 0.563333 0.5117 0.6033
8 0.468333 0.455 0.49
9 0.345 0.34 0.3533
10 0.278867 0.2383 0.3233
11 0.165567 0.1417 0.2067
12 0.103367 0.0867 0.1267
13 0.0505667 0.04 0.06
14 0.0272333 0.0167 0.0383
15 0.0194667 0.0067 0.03
16 0.00886667 0.0033 0.0133
17 0.00553333 0.0033 0.01
18 0.00496667 0.0033 0.0083
19 0.00333333 0.0017 0.005
20 0.00223333 0.0017 0.0033
EOD
$c4_0 << EOD
1 2.92 2.92 2.92
2 2.44 2.44 2.44
3 1.79 1.79 1.79
4 1.69 1.69 1.69
5 1.43 1.43 1.43
6 1.58 1.58 1.58
7 1.84 1.84 1.84
8 1.67 1.67 1.67
9 1.35 1.35 1.35
10 1.74 1.74 1.74
11 1.69 1.69 1.69
12 1.42 1.42 1.42
13 1.44 1.44 1.44
14 1.28 1.28 1.28
15 1.11 1.11 1.11
16 1.11 1.11 1.11
17 1.05 1.05 1.05
18 1.06 1.06 1.06
19 1.02 1.02 1.02
20 1.03 1.03 1.03
EOD
$c4_1 << EOD
1 8.282 8.282 8.282
2 2.172 2.172 2.172
3 1.582 1.582 1.582
4 1.274 1.274 1.274
5 1.038 1.038 1.038
6 0.926 0.926 0.926
7 0.73 0.73 0.73
8 0.766 0.766 0.766
9 0.608 0.608 0.608
10 0.59 0.59 0.59
11 0.7 0.7 0.7
12 0.334 0.334 0.334
13 0.272 0.272 0.272
14 0.166 0.166 0.166
15 0.07 0.07 0.07
16 0.024 0.024 0.024
17 0.006 0.006 0.006
18 0.002 0.002 0.002
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
set yrange [0.1:10]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10)
set label 90 'solid: validation error at the evaluated epochs; several seeds: their mean, the band from the lowest to the highest' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'lenet5: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'faithful', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 3 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'faithful\_lecun (3 seeds)', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'modern', \
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
set yrange [0.1:10]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10)
set label 90 'solid: validation error at the evaluated epochs; several seeds: their mean, the band from the lowest to the highest' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'lenet5: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'faithful', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 3 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'faithful\_lecun (3 seeds)', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'modern', \
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
set yrange [0.1:10]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10)
set bmargin
set title 'lenet5: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'faithful', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc 3 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'faithful\_lecun (3 seeds)', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'modern', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)', \
     keyentry with filledcurves fs transparent solid 0.18 lc rgb 'black' title 'min-max over seeds'
unset label 90
unset label 91
unset output
