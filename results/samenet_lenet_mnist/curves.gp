# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 2.78 2.78 2.78
2 2.46 2.46 2.46
3 1.65 1.65 1.65
4 1.46 1.46 1.46
5 1.55 1.55 1.55
6 1.64 1.64 1.64
7 1.5 1.5 1.5
8 1.07 1.07 1.07
9 1.35 1.35 1.35
10 1.35 1.35 1.35
11 1.38 1.38 1.38
12 1.36 1.36 1.36
13 1.59 1.59 1.59
14 1.09 1.09 1.09
15 1.18 1.18 1.18
16 1.2 1.2 1.2
17 1.17 1.17 1.17
18 1.18 1.18 1.18
19 1.24 1.24 1.24
20 1.09 1.09 1.09
21 1.15 1.15 1.15
22 1.17 1.17 1.17
23 1.11 1.11 1.11
24 1.08 1.08 1.08
25 1.22 1.22 1.22
26 1.24 1.24 1.24
27 1.19 1.19 1.19
28 1.08 1.08 1.08
29 1.01 1.01 1.01
30 0.95 0.95 0.95
31 0.94 0.94 0.94
32 0.92 0.92 0.92
33 0.93 0.93 0.93
34 0.94 0.94 0.94
35 0.94 0.94 0.94
36 0.93 0.93 0.93
37 0.93 0.93 0.93
38 0.93 0.93 0.93
39 0.93 0.93 0.93
40 0.93 0.93 0.93
41 0.93 0.93 0.93
42 0.93 0.93 0.93
43 0.93 0.93 0.93
44 0.93 0.93 0.93
45 0.93 0.93 0.93
46 0.93 0.93 0.93
47 0.93 0.93 0.93
48 0.93 0.93 0.93
49 0.92 0.92 0.92
50 0.92 0.92 0.92
EOD
$c0_1 << EOD
1 7.818 7.818 7.818
2 2.126 2.126 2.126
3 1.646 1.646 1.646
4 1.214 1.214 1.214
5 1 1 1
6 0.836 0.836 0.836
7 0.74 0.74 0.74
8 0.672 0.672 0.672
9 0.57 0.57 0.57
10 0.49 0.49 0.49
11 0.458 0.458 0.458
12 0.368 0.368 0.368
13 0.34 0.34 0.34
14 0.328 0.328 0.328
15 0.328 0.328 0.328
16 0.176 0.176 0.176
17 0.252 0.252 0.252
18 0.316 0.316 0.316
19 0.272 0.272 0.272
20 0.212 0.212 0.212
21 0.166 0.166 0.166
22 0.28 0.28 0.28
23 0.14 0.14 0.14
24 0.098 0.098 0.098
25 0.102 0.102 0.102
26 0.13 0.13 0.13
27 0.148 0.148 0.148
28 0.088 0.088 0.088
29 0.004 0.004 0.004
30 0 0 0
31 0.002 0.002 0.002
32 0.002 0.002 0.002
33 0 0 0
34 0 0 0
35 0 0 0
36 0 0 0
37 0 0 0
38 0 0 0
39 0 0 0
40 0 0 0
41 0 0 0
42 0 0 0
43 0 0 0
44 0 0 0
45 0 0 0
46 0 0 0
47 0 0 0
48 0 0 0
49 0 0 0
50 0 0 0
EOD
$c1_0 << EOD
1 75.94 75.94 75.94
2 64.13 64.13 64.13
3 58.48 58.48 58.48
4 46.65 46.65 46.65
5 28.07 28.07 28.07
6 44.24 44.24 44.24
7 27.22 27.22 27.22
8 27.85 27.85 27.85
9 31.81 31.81 31.81
10 24.62 24.62 24.62
11 31.05 31.05 31.05
12 30.29 30.29 30.29
13 24.61 24.61 24.61
14 20.01 20.01 20.01
15 23.09 23.09 23.09
16 20.6 20.6 20.6
17 24.9 24.9 24.9
18 19.16 19.16 19.16
19 20.24 20.24 20.24
20 12.93 12.93 12.93
21 16.51 16.51 16.51
22 15.73 15.73 15.73
23 10.83 10.83 10.83
24 12.26 12.26 12.26
25 12.76 12.76 12.76
26 10.35 10.35 10.35
27 9.55 9.55 9.55
28 8.2 8.2 8.2
29 11.99 11.99 11.99
30 7.97 7.97 7.97
31 9.2 9.2 9.2
32 7.6 7.6 7.6
33 9.55 9.55 9.55
34 7.36 7.36 7.36
35 8.56 8.56 8.56
36 14.26 14.26 14.26
37 11.93 11.93 11.93
38 13.61 13.61 13.61
39 11.13 11.13 11.13
40 10.42 10.42 10.42
41 8.95 8.95 8.95
42 12.57 12.57 12.57
43 15.16 15.16 15.16
44 11.36 11.36 11.36
45 9.44 9.44 9.44
46 15.19 15.19 15.19
47 11.53 11.53 11.53
48 17.93 17.93 17.93
49 13.83 13.83 13.83
50 14.28 14.28 14.28
EOD
$c1_1 << EOD
1 11.162 11.162 11.162
2 5.294 5.294 5.294
3 4.268 4.268 4.268
4 3.916 3.916 3.916
5 3.726 3.726 3.726
6 3.362 3.362 3.362
7 3.236 3.236 3.236
8 3.116 3.116 3.116
9 3.01 3.01 3.01
10 2.964 2.964 2.964
11 2.752 2.752 2.752
12 2.868 2.868 2.868
13 2.74 2.74 2.74
14 2.688 2.688 2.688
15 2.778 2.778 2.778
16 2.694 2.694 2.694
17 2.606 2.606 2.606
18 2.698 2.698 2.698
19 2.758 2.758 2.758
20 2.806 2.806 2.806
21 2.838 2.838 2.838
22 2.782 2.782 2.782
23 2.706 2.706 2.706
24 2.83 2.83 2.83
25 2.846 2.846 2.846
26 2.752 2.752 2.752
27 2.654 2.654 2.654
28 2.744 2.744 2.744
29 2.562 2.562 2.562
30 2.61 2.61 2.61
31 2.556 2.556 2.556
32 2.526 2.526 2.526
33 2.548 2.548 2.548
34 2.626 2.626 2.626
35 2.648 2.648 2.648
36 2.672 2.672 2.672
37 2.648 2.648 2.648
38 2.686 2.686 2.686
39 2.688 2.688 2.688
40 2.788 2.788 2.788
41 2.818 2.818 2.818
42 2.868 2.868 2.868
43 2.944 2.944 2.944
44 3.078 3.078 3.078
45 3.11 3.11 3.11
46 3.34 3.34 3.34
47 3.592 3.592 3.592
48 3.906 3.906 3.906
49 4.25 4.25 4.25
50 4.562 4.562 4.562
EOD
$c2_0 << EOD
1 69.23 69.23 69.23
2 53.27 53.27 53.27
3 41.77 41.77 41.77
4 16.16 16.16 16.16
5 16.21 16.21 16.21
6 25.04 25.04 25.04
7 28.9 28.9 28.9
8 15.11 15.11 15.11
9 19.36 19.36 19.36
10 13.4 13.4 13.4
11 15.93 15.93 15.93
12 12.19 12.19 12.19
13 12.79 12.79 12.79
14 14.45 14.45 14.45
15 13.57 13.57 13.57
16 15.07 15.07 15.07
17 12.74 12.74 12.74
18 13.62 13.62 13.62
19 16.19 16.19 16.19
20 17.2 17.2 17.2
21 13.55 13.55 13.55
22 15.06 15.06 15.06
23 13.26 13.26 13.26
24 24.45 24.45 24.45
25 22.35 22.35 22.35
26 29.95 29.95 29.95
27 14.87 14.87 14.87
28 17.62 17.62 17.62
29 11.4 11.4 11.4
30 13.16 13.16 13.16
31 21.36 21.36 21.36
32 15.83 15.83 15.83
33 22.48 22.48 22.48
34 16.02 16.02 16.02
35 12.22 12.22 12.22
36 15.07 15.07 15.07
37 13.35 13.35 13.35
38 15.18 15.18 15.18
39 20.29 20.29 20.29
40 17.93 17.93 17.93
41 41.72 41.72 41.72
42 19.17 19.17 19.17
43 26.85 26.85 26.85
44 38.98 38.98 38.98
45 29.39 29.39 29.39
46 23.05 23.05 23.05
47 26.71 26.71 26.71
48 34.57 34.57 34.57
49 41.61 41.61 41.61
50 40.75 40.75 40.75
EOD
$c2_1 << EOD
1 18.818 18.818 18.818
2 7.7 7.7 7.7
3 5.828 5.828 5.828
4 4.802 4.802 4.802
5 4.58 4.58 4.58
6 4.604 4.604 4.604
7 4.03 4.03 4.03
8 3.84 3.84 3.84
9 3.628 3.628 3.628
10 3.736 3.736 3.736
11 3.868 3.868 3.868
12 3.546 3.546 3.546
13 3.418 3.418 3.418
14 3.654 3.654 3.654
15 3.72 3.72 3.72
16 3.44 3.44 3.44
17 3.28 3.28 3.28
18 3.288 3.288 3.288
19 3.472 3.472 3.472
20 3.316 3.316 3.316
21 3.584 3.584 3.584
22 3.654 3.654 3.654
23 3.522 3.522 3.522
24 3.372 3.372 3.372
25 3.596 3.596 3.596
26 3.388 3.388 3.388
27 3.406 3.406 3.406
28 3.41 3.41 3.41
29 3.344 3.344 3.344
30 3.358 3.358 3.358
31 3.352 3.352 3.352
32 3.48 3.48 3.48
33 3.392 3.392 3.392
34 3.366 3.366 3.366
35 3.404 3.404 3.404
36 3.472 3.472 3.472
37 3.558 3.558 3.558
38 3.632 3.632 3.632
39 3.618 3.618 3.618
40 3.808 3.808 3.808
41 4.504 4.504 4.504
42 4.72 4.72 4.72
43 4.648 4.648 4.648
44 5.278 5.278 5.278
45 5.51 5.51 5.51
46 5.708 5.708 5.708
47 5.914 5.914 5.914
48 6.004 6.004 6.004
49 5.896 5.896 5.896
50 6.016 6.016 6.016
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
set xrange [0:51]
set logscale y
set yrange [0.1:100]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'samenet\_lenet\_mnist: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title '1\_bp', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title '2\_ff', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title '2\_ff\_pattern', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
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
set xrange [0:51]
set logscale y
set yrange [0.1:100]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'samenet\_lenet\_mnist: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title '1\_bp', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title '2\_ff', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title '2\_ff\_pattern', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
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
set xrange [0:51]
set logscale y
set yrange [0.1:100]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set bmargin
set title 'samenet\_lenet\_mnist: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title '1\_bp', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title '2\_ff', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title '2\_ff\_pattern', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
