# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 4.65 4.65 4.65
2 3.34 3.34 3.34
3 2.53 2.53 2.53
4 2.35 2.35 2.35
5 1.91 1.91 1.91
6 1.93 1.93 1.93
7 1.71 1.71 1.71
8 1.73 1.73 1.73
9 1.64 1.64 1.64
10 1.63 1.63 1.63
11 1.51 1.51 1.51
12 1.39 1.39 1.39
13 1.33 1.33 1.33
14 1.29 1.29 1.29
15 1.25 1.25 1.25
16 1.23 1.23 1.23
17 1.19 1.19 1.19
18 1.17 1.17 1.17
19 1.19 1.19 1.19
20 1.17 1.17 1.17
EOD
$c0_1 << EOD
1 10.27 10.27 10.27
2 3.994 3.994 3.994
3 2.704 2.704 2.704
4 2.054 2.054 2.054
5 1.75 1.75 1.75
6 1.484 1.484 1.484
7 1.182 1.182 1.182
8 1.056 1.056 1.056
9 0.906 0.906 0.906
10 0.83 0.83 0.83
11 0.694 0.694 0.694
12 0.584 0.584 0.584
13 0.5 0.5 0.5
14 0.402 0.402 0.402
15 0.334 0.334 0.334
16 0.28 0.28 0.28
17 0.23 0.23 0.23
18 0.214 0.214 0.214
19 0.176 0.176 0.176
20 0.15 0.15 0.15
EOD
$c1_0 << EOD
1 3.24 3.24 3.24
2 2.64 2.64 2.64
3 1.91 1.91 1.91
4 2.12 2.12 2.12
5 1.63 1.63 1.63
6 1.8 1.8 1.8
7 1.39 1.39 1.39
8 1.45 1.45 1.45
9 1.51 1.51 1.51
10 1.52 1.52 1.52
11 1.33 1.33 1.33
12 1.19 1.19 1.19
13 1.29 1.29 1.29
14 1.22 1.22 1.22
15 1.24 1.24 1.24
16 1.19 1.19 1.19
17 1.14 1.14 1.14
18 1.13 1.13 1.13
19 1.09 1.09 1.09
20 1.11 1.11 1.11
EOD
$c1_1 << EOD
1 7.464 7.464 7.464
2 2.63 2.63 2.63
3 1.85 1.85 1.85
4 1.29 1.29 1.29
5 1.088 1.088 1.088
6 0.846 0.846 0.846
7 0.63 0.63 0.63
8 0.514 0.514 0.514
9 0.432 0.432 0.432
10 0.346 0.346 0.346
11 0.204 0.204 0.204
12 0.182 0.182 0.182
13 0.07 0.07 0.07
14 0.036 0.036 0.036
15 0.026 0.026 0.026
16 0.016 0.016 0.016
17 0.008 0.008 0.008
18 0.008 0.008 0.008
19 0.004 0.004 0.004
20 0.004 0.004 0.004
EOD
$c2_0 << EOD
1 4.32 4.32 4.32
2 3.23 3.23 3.23
3 2.49 2.49 2.49
4 2.26 2.26 2.26
5 2.27 2.27 2.27
6 2.13 2.13 2.13
7 1.75 1.75 1.75
8 1.84 1.84 1.84
9 2.35 2.35 2.35
10 1.57 1.57 1.57
11 1.97 1.97 1.97
12 1.5 1.5 1.5
13 1.68 1.68 1.68
14 1.44 1.44 1.44
15 1.37 1.37 1.37
16 1.35 1.35 1.35
17 1.35 1.35 1.35
18 1.35 1.35 1.35
19 1.34 1.34 1.34
20 1.33 1.33 1.33
EOD
$c2_1 << EOD
1 7.048 7.048 7.048
2 3.052 3.052 3.052
3 2.33 2.33 2.33
4 1.756 1.756 1.756
5 1.67 1.67 1.67
6 1.36 1.36 1.36
7 1.184 1.184 1.184
8 0.958 0.958 0.958
9 1.102 1.102 1.102
10 0.928 0.928 0.928
11 0.774 0.774 0.774
12 0.58 0.58 0.58
13 0.304 0.304 0.304
14 0.106 0.106 0.106
15 0.024 0.024 0.024
16 0.004 0.004 0.004
17 0.002 0.002 0.002
18 0.002 0.002 0.002
19 0.002 0.002 0.002
20 0.002 0.002 0.002
EOD
$c3_0 << EOD
1 3.99 3.99 3.99
2 2.87 2.87 2.87
3 2.08 2.08 2.08
4 2.01 2.01 2.01
5 1.61 1.61 1.61
6 1.43 1.43 1.43
7 1.55 1.55 1.55
8 1.41 1.41 1.41
9 1.64 1.64 1.64
10 1.27 1.27 1.27
11 1.37 1.37 1.37
12 1.21 1.21 1.21
13 1.2 1.2 1.2
14 1.14 1.14 1.14
15 1.26 1.26 1.26
16 1.12 1.12 1.12
17 1.17 1.17 1.17
18 1.08 1.08 1.08
19 1.09 1.09 1.09
20 1.12 1.12 1.12
EOD
$c3_1 << EOD
1 9.314 9.314 9.314
2 3.142 3.142 3.142
3 2.094 2.094 2.094
4 1.548 1.548 1.548
5 1.392 1.392 1.392
6 1.148 1.148 1.148
7 0.938 0.938 0.938
8 0.838 0.838 0.838
9 0.694 0.694 0.694
10 0.648 0.648 0.648
11 0.538 0.538 0.538
12 0.43 0.43 0.43
13 0.34 0.34 0.34
14 0.28 0.28 0.28
15 0.246 0.246 0.246
16 0.176 0.176 0.176
17 0.136 0.136 0.136
18 0.134 0.134 0.134
19 0.094 0.094 0.094
20 0.09 0.09 0.09
EOD
$c4_0 << EOD
1 2.66 2.66 2.66
2 2.45 2.45 2.45
3 1.6 1.6 1.6
4 1.92 1.92 1.92
5 1.43 1.43 1.43
6 1.38 1.38 1.38
7 1.29 1.29 1.29
8 1.43 1.43 1.43
9 1.28 1.28 1.28
10 1.32 1.32 1.32
11 1.21 1.21 1.21
12 1.1 1.1 1.1
13 1.02 1.02 1.02
14 0.99 0.99 0.99
15 0.98 0.98 0.98
16 0.98 0.98 0.98
17 0.97 0.97 0.97
18 0.97 0.97 0.97
19 0.97 0.97 0.97
20 0.95 0.95 0.95
EOD
$c4_1 << EOD
1 6.634 6.634 6.634
2 2.226 2.226 2.226
3 1.554 1.554 1.554
4 1.066 1.066 1.066
5 0.958 0.958 0.958
6 0.728 0.728 0.728
7 0.546 0.546 0.546
8 0.46 0.46 0.46
9 0.382 0.382 0.382
10 0.24 0.24 0.24
11 0.132 0.132 0.132
12 0.082 0.082 0.082
13 0.04 0.04 0.04
14 0.03 0.03 0.03
15 0.014 0.014 0.014
16 0.006 0.006 0.006
17 0.002 0.002 0.002
18 0.006 0.006 0.006
19 0.002 0.002 0.002
20 0.002 0.002 0.002
EOD
$c5_0 << EOD
1 2.98 2.98 2.98
2 2.43 2.43 2.43
3 1.96 1.96 1.96
4 2.21 2.21 2.21
5 1.96 1.96 1.96
6 1.97 1.97 1.97
7 1.83 1.83 1.83
8 1.98 1.98 1.98
9 1.51 1.51 1.51
10 1.84 1.84 1.84
11 1.87 1.87 1.87
12 1.65 1.65 1.65
13 1.32 1.32 1.32
14 1.15 1.15 1.15
15 1.13 1.13 1.13
16 1.12 1.12 1.12
17 1.14 1.14 1.14
18 1.12 1.12 1.12
19 1.13 1.13 1.13
20 1.12 1.12 1.12
EOD
$c5_1 << EOD
1 6.612 6.612 6.612
2 2.966 2.966 2.966
3 2.156 2.156 2.156
4 1.702 1.702 1.702
5 1.574 1.574 1.574
6 1.204 1.204 1.204
7 1.04 1.04 1.04
8 0.982 0.982 0.982
9 0.818 0.818 0.818
10 0.774 0.774 0.774
11 0.734 0.734 0.734
12 0.554 0.554 0.554
13 0.346 0.346 0.346
14 0.114 0.114 0.114
15 0.022 0.022 0.022
16 0.006 0.006 0.006
17 0.002 0.002 0.002
18 0.002 0.002 0.002
19 0.002 0.002 0.002
20 0.002 0.002 0.002
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
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'lenet5\_lr: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'faithful\_lecun\_lr0.01', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'faithful\_lecun\_lr0.03', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'faithful\_lecun\_lr0.1', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'lenet1998\_lr0.01', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'lenet1998\_lr0.03', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'lenet1998\_lr0.1', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
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
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'lenet5\_lr: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'faithful\_lecun\_lr0.01', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'faithful\_lecun\_lr0.03', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'faithful\_lecun\_lr0.1', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'lenet1998\_lr0.01', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'lenet1998\_lr0.03', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'lenet1998\_lr0.1', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
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
set title 'lenet5\_lr: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'faithful\_lecun\_lr0.01', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'faithful\_lecun\_lr0.03', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'faithful\_lecun\_lr0.1', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'lenet1998\_lr0.01', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'lenet1998\_lr0.03', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'lenet1998\_lr0.1', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
