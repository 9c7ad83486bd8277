# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
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
27 7.9 7.9 7.9
28 10.6 10.6 10.6
29 8.8 8.8 8.8
30 9.71 9.71 9.71
31 9.81 9.81 9.81
32 9.95 9.95 9.95
33 10.56 10.56 10.56
34 9.93 9.93 9.93
35 8.58 8.58 8.58
36 9.55 9.55 9.55
37 6.72 6.72 6.72
38 8.56 8.56 8.56
39 8.55 8.55 8.55
40 16.96 16.96 16.96
41 10.56 10.56 10.56
42 9.14 9.14 9.14
43 25.14 25.14 25.14
44 11.04 11.04 11.04
45 11.4 11.4 11.4
46 12.89 12.89 12.89
47 35.77 35.77 35.77
48 21.61 21.61 21.61
49 16.71 16.71 16.71
50 23.9 23.9 23.9
EOD
$c0_1 << EOD
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
27 2.666 2.666 2.666
28 2.834 2.834 2.834
29 2.764 2.764 2.764
30 2.666 2.666 2.666
31 2.75 2.75 2.75
32 2.826 2.826 2.826
33 2.712 2.712 2.712
34 2.704 2.704 2.704
35 2.708 2.708 2.708
36 2.78 2.78 2.78
37 2.772 2.772 2.772
38 2.862 2.862 2.862
39 2.772 2.772 2.772
40 2.96 2.96 2.96
41 2.954 2.954 2.954
42 2.846 2.846 2.846
43 2.894 2.894 2.894
44 3.138 3.138 3.138
45 2.912 2.912 2.912
46 3.062 3.062 3.062
47 3.232 3.232 3.232
48 3.524 3.524 3.524
49 3.38 3.38 3.38
50 3.37 3.37 3.37
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
26 10.09 10.09 10.09
27 7.15 7.15 7.15
28 8.06 8.06 8.06
29 7.53 7.53 7.53
30 7.44 7.44 7.44
31 6.35 6.35 6.35
32 8.41 8.41 8.41
33 6.71 6.71 6.71
34 6.97 6.97 6.97
35 6.95 6.95 6.95
36 7.98 7.98 7.98
37 7.32 7.32 7.32
38 7.48 7.48 7.48
39 5.57 5.57 5.57
40 6.26 6.26 6.26
41 6.21 6.21 6.21
42 6.37 6.37 6.37
43 6.37 6.37 6.37
44 5.86 5.86 5.86
45 6.18 6.18 6.18
46 5.69 5.69 5.69
47 5.74 5.74 5.74
48 5.66 5.66 5.66
49 5.75 5.75 5.75
50 5.71 5.71 5.71
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
26 2.524 2.524 2.524
27 2.454 2.454 2.454
28 2.422 2.422 2.422
29 2.422 2.422 2.422
30 2.376 2.376 2.376
31 2.388 2.388 2.388
32 2.372 2.372 2.372
33 2.332 2.332 2.332
34 2.314 2.314 2.314
35 2.314 2.314 2.314
36 2.342 2.342 2.342
37 2.266 2.266 2.266
38 2.294 2.294 2.294
39 2.314 2.314 2.314
40 2.302 2.302 2.302
41 2.244 2.244 2.244
42 2.286 2.286 2.286
43 2.264 2.264 2.264
44 2.22 2.22 2.22
45 2.242 2.242 2.242
46 2.22 2.22 2.22
47 2.166 2.166 2.166
48 2.218 2.218 2.218
49 2.184 2.184 2.184
50 2.184 2.184 2.184
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
set yrange [2:100]
set ytics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'samenet\_lenet\_mnist\_ff\_diagnosis: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_constant\_lr', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_freeze\_block0', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
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
set yrange [2:100]
set ytics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'samenet\_lenet\_mnist\_ff\_diagnosis: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_constant\_lr', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_freeze\_block0', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
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
set yrange [2:100]
set ytics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set bmargin
set title 'samenet\_lenet\_mnist\_ff\_diagnosis: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_constant\_lr', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_freeze\_block0', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
