# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 4.45 4.45 4.45
2 3.09 3.09 3.09
3 2.49 2.49 2.49
4 2.46 2.46 2.46
5 2.13 2.13 2.13
6 2.02 2.02 2.02
7 1.91 1.91 1.91
8 1.82 1.82 1.82
9 1.76 1.76 1.76
10 1.72 1.72 1.72
EOD
$c0_1 << EOD
1 9.044 9.044 9.044
2 3.024 3.024 3.024
3 1.976 1.976 1.976
4 1.31 1.31 1.31
5 0.944 0.944 0.944
6 0.68 0.68 0.68
7 0.258 0.258 0.258
8 0.08 0.08 0.08
9 0.01 0.01 0.01
10 0.004 0.004 0.004
EOD
$c1_0 << EOD
1 3.87 3.87 3.87
2 3.02 3.02 3.02
3 2.75 2.75 2.75
4 2.91 2.91 2.91
5 2.29 2.29 2.29
6 2.19 2.19 2.19
7 2.1 2.1 2.1
8 1.54 1.54 1.54
9 1.45 1.45 1.45
10 1.53 1.53 1.53
EOD
$c1_1 << EOD
1 7.666 7.666 7.666
2 2.952 2.952 2.952
3 2.054 2.054 2.054
4 1.438 1.438 1.438
5 1.166 1.166 1.166
6 0.874 0.874 0.874
7 0.44 0.44 0.44
8 0.164 0.164 0.164
9 0.03 0.03 0.03
10 0.008 0.008 0.008
EOD
$c2_0 << EOD
1 5.24 5.24 5.24
2 4.9 4.9 4.9
3 5.54 5.54 5.54
4 5.08 5.08 5.08
5 3.72 3.72 3.72
6 3.34 3.34 3.34
7 3.06 3.06 3.06
8 2.24 2.24 2.24
9 1.93 1.93 1.93
10 1.82 1.82 1.82
EOD
$c2_1 << EOD
1 10.842 10.842 10.842
2 4.926 4.926 4.926
3 4.16 4.16 4.16
4 3.424 3.424 3.424
5 2.998 2.998 2.998
6 2.626 2.626 2.626
7 1.902 1.902 1.902
8 1.086 1.086 1.086
9 0.49 0.49 0.49
10 0.162 0.162 0.162
EOD
$c3_0 << EOD
1 15.3 15.3 15.3
2 11.37 11.37 11.37
3 9.93 9.93 9.93
4 9.1 9.1 9.1
5 8.42 8.42 8.42
6 7.8 7.8 7.8
7 7.52 7.52 7.52
8 7.16 7.16 7.16
9 6.91 6.91 6.91
10 6.94 6.94 6.94
EOD
$c3_1 << EOD
1 41.086 41.086 41.086
2 12.748 12.748 12.748
3 10.516 10.516 10.516
4 9.432 9.432 9.432
5 8.734 8.734 8.734
6 8.14 8.14 8.14
7 7.602 7.602 7.602
8 7.208 7.208 7.208
9 6.89 6.89 6.89
10 6.768 6.768 6.768
EOD
$c4_0 << EOD
1 10.96 10.96 10.96
2 8.74 8.74 8.74
3 7.17 7.17 7.17
4 6.2 6.2 6.2
5 6.06 6.06 6.06
6 5.24 5.24 5.24
7 5.08 5.08 5.08
8 4.41 4.41 4.41
9 4.29 4.29 4.29
10 4.18 4.18 4.18
EOD
$c4_1 << EOD
1 24.204 24.204 24.204
2 9.46 9.46 9.46
3 7.818 7.818 7.818
4 6.718 6.718 6.718
5 5.956 5.956 5.956
6 5.254 5.254 5.254
7 4.716 4.716 4.716
8 4.238 4.238 4.238
9 3.89 3.89 3.89
10 3.67 3.67 3.67
EOD
$c5_0 << EOD
1 12.38 12.38 12.38
2 10.93 10.93 10.93
3 9.04 9.04 9.04
4 7.74 7.74 7.74
5 9.03 9.03 9.03
6 8.24 8.24 8.24
7 5.56 5.56 5.56
8 7.3 7.3 7.3
9 5.56 5.56 5.56
10 4.93 4.93 4.93
EOD
$c5_1 << EOD
1 29.016 29.016 29.016
2 13.896 13.896 13.896
3 10.43 10.43 10.43
4 9.65 9.65 9.65
5 9.056 9.056 9.056
6 7.764 7.764 7.764
7 7.038 7.038 7.038
8 5.886 5.886 5.886
9 4.94 4.94 4.94
10 4.324 4.324 4.324
EOD
$c6_0 << EOD
1 15.51 15.51 15.51
2 12.34 12.34 12.34
3 12.36 12.36 12.36
4 10.58 10.58 10.58
5 9.87 9.87 9.87
6 8.07 8.07 8.07
7 7.56 7.56 7.56
8 5.9 5.9 5.9
9 6.73 6.73 6.73
10 6.15 6.15 6.15
EOD
$c6_1 << EOD
1 31.994 31.994 31.994
2 14.572 14.572 14.572
3 11.99 11.99 11.99
4 10.548 10.548 10.548
5 10.096 10.096 10.096
6 8.978 8.978 8.978
7 8.052 8.052 8.052
8 6.744 6.744 6.744
9 5.924 5.924 5.924
10 5.314 5.314 5.314
EOD
$c7_0 << EOD
1 9.6 9.6 9.6
2 8.78 8.78 8.78
3 7.63 7.63 7.63
4 7.57 7.57 7.57
5 7.12 7.12 7.12
6 6.74 6.74 6.74
7 6.2 6.2 6.2
8 6.27 6.27 6.27
9 6.03 6.03 6.03
10 5.81 5.81 5.81
EOD
$c7_1 << EOD
1 18.006 18.006 18.006
2 8.872 8.872 8.872
3 7.946 7.946 7.946
4 7.494 7.494 7.494
5 6.908 6.908 6.908
6 6.472 6.472 6.472
7 6.016 6.016 6.016
8 5.568 5.568 5.568
9 5.272 5.272 5.272
10 5 5 5
EOD
$c8_0 << EOD
1 9 9 9
2 7.71 7.71 7.71
3 7.48 7.48 7.48
4 7.52 7.52 7.52
5 7.53 7.53 7.53
6 6.29 6.29 6.29
7 5.96 5.96 5.96
8 5.47 5.47 5.47
9 5.18 5.18 5.18
10 4.9 4.9 4.9
EOD
$c8_1 << EOD
1 17.424 17.424 17.424
2 8.824 8.824 8.824
3 7.766 7.766 7.766
4 7.242 7.242 7.242
5 6.488 6.488 6.488
6 5.992 5.992 5.992
7 5.212 5.212 5.212
8 4.636 4.636 4.636
9 4.068 4.068 4.068
10 3.608 3.608 3.608
EOD
$c9_0 << EOD
1 9.69 9.69 9.69
2 9.31 9.31 9.31
3 16.34 16.34 16.34
4 7.57 7.57 7.57
5 7.76 7.76 7.76
6 5.84 5.84 5.84
7 6.75 6.75 6.75
8 6.14 6.14 6.14
9 5.96 5.96 5.96
10 6.02 6.02 6.02
EOD
$c9_1 << EOD
1 20.5 20.5 20.5
2 10.882 10.882 10.882
3 9.67 9.67 9.67
4 8.62 8.62 8.62
5 8.19 8.19 8.19
6 7.41 7.41 7.41
7 6.464 6.464 6.464
8 5.782 5.782 5.782
9 5.096 5.096 5.096
10 4.712 4.712 4.712
EOD
$c10_0 << EOD
1 9.52 9.52 9.52
2 8.46 8.46 8.46
3 6.96 6.96 6.96
4 5.75 5.75 5.75
5 5.72 5.72 5.72
6 4.99 4.99 4.99
7 4.82 4.82 4.82
8 4.37 4.37 4.37
9 4.44 4.44 4.44
10 4.13 4.13 4.13
EOD
$c10_1 << EOD
1 20.146 20.146 20.146
2 9.082 9.082 9.082
3 7.476 7.476 7.476
4 6.492 6.492 6.492
5 5.764 5.764 5.764
6 5.078 5.078 5.078
7 4.584 4.584 4.584
8 4.152 4.152 4.152
9 3.778 3.778 3.778
10 3.552 3.552 3.552
EOD
$c11_0 << EOD
1 9.73 9.73 9.73
2 10.25 10.25 10.25
3 7.17 7.17 7.17
4 8.18 8.18 8.18
5 10.64 10.64 10.64
6 5.88 5.88 5.88
7 4.1 4.1 4.1
8 4.45 4.45 4.45
9 3.81 3.81 3.81
10 3.65 3.65 3.65
EOD
$c11_1 << EOD
1 17.822 17.822 17.822
2 9.906 9.906 9.906
3 9.194 9.194 9.194
4 8.212 8.212 8.212
5 7.858 7.858 7.858
6 7.108 7.108 7.108
7 5.496 5.496 5.496
8 4.558 4.558 4.558
9 3.462 3.462 3.462
10 2.81 2.81 2.81
EOD
$c12_0 << EOD
1 18.33 18.33 18.33
2 11.75 11.75 11.75
3 14.69 14.69 14.69
4 8.57 8.57 8.57
5 9.58 9.58 9.58
6 7.96 7.96 7.96
7 8.25 8.25 8.25
8 8.39 8.39 8.39
9 10.87 10.87 10.87
10 7.28 7.28 7.28
EOD
$c12_1 << EOD
1 36.782 36.782 36.782
2 16.832 16.832 16.832
3 14.15 14.15 14.15
4 12.034 12.034 12.034
5 10.872 10.872 10.872
6 10.364 10.364 10.364
7 8.808 8.808 8.808
8 7.476 7.476 7.476
9 7.178 7.178 7.178
10 6.05 6.05 6.05
EOD
$c13_0 << EOD
1 10.83 10.83 10.83
2 6.45 6.45 6.45
3 5.43 5.43 5.43
4 4.16 4.16 4.16
5 3.95 3.95 3.95
6 3.54 3.54 3.54
7 3.17 3.17 3.17
8 2.75 2.75 2.75
9 2.49 2.49 2.49
10 2.32 2.32 2.32
EOD
$c13_1 << EOD
1 11.324 11.324 11.324
2 5.128 5.128 5.128
3 3.93 3.93 3.93
4 3.104 3.104 3.104
5 2.748 2.748 2.748
6 2.37 2.37 2.37
7 1.856 1.856 1.856
8 1.402 1.402 1.402
9 1.114 1.114 1.114
10 0.902 0.902 0.902
EOD
$c14_0 << EOD
1 11.3 11.3 11.3
2 5.58 5.58 5.58
3 4.76 4.76 4.76
4 4 4 4
5 3.77 3.77 3.77
6 4.46 4.46 4.46
7 2.76 2.76 2.76
8 2.5 2.5 2.5
9 2.04 2.04 2.04
10 2.1 2.1 2.1
EOD
$c14_1 << EOD
1 19.048 19.048 19.048
2 7.524 7.524 7.524
3 4.986 4.986 4.986
4 4.188 4.188 4.188
5 3.346 3.346 3.346
6 2.958 2.958 2.958
7 2.038 2.038 2.038
8 1.33 1.33 1.33
9 0.856 0.856 0.856
10 0.552 0.552 0.552
EOD
$c15_0 << EOD
1 9.15 9.15 9.15
2 5.87 5.87 5.87
3 5.39 5.39 5.39
4 4.37 4.37 4.37
5 4.37 4.37 4.37
6 3.78 3.78 3.78
7 3.35 3.35 3.35
8 3.49 3.49 3.49
9 2.89 2.89 2.89
10 2.84 2.84 2.84
EOD
$c15_1 << EOD
1 19.23 19.23 19.23
2 9.88 9.88 9.88
3 8.896 8.896 8.896
4 7.238 7.238 7.238
5 6.464 6.464 6.464
6 5.432 5.432 5.432
7 4.174 4.174 4.174
8 2.954 2.954 2.954
9 2.398 2.398 2.398
10 1.816 1.816 1.816
EOD
$c16_0 << EOD
1 6.53 6.53 6.53
2 7.32 7.32 7.32
3 4.51 4.51 4.51
4 4.85 4.85 4.85
5 3.8 3.8 3.8
6 3.8 3.8 3.8
7 3.02 3.02 3.02
8 2.63 2.63 2.63
9 2.14 2.14 2.14
10 2.02 2.02 2.02
EOD
$c16_1 << EOD
1 12.772 12.772 12.772
2 6.476 6.476 6.476
3 4.87 4.87 4.87
4 3.782 3.782 3.782
5 3.206 3.206 3.206
6 2.722 2.722 2.722
7 1.75 1.75 1.75
8 1.132 1.132 1.132
9 0.612 0.612 0.612
10 0.348 0.348 0.348
EOD
$c17_0 << EOD
1 15.96 15.96 15.96
2 8.56 8.56 8.56
3 7.24 7.24 7.24
4 5.77 5.77 5.77
5 4.66 4.66 4.66
6 3.6 3.6 3.6
7 3.01 3.01 3.01
8 2.61 2.61 2.61
9 2.1 2.1 2.1
10 2.05 2.05 2.05
EOD
$c17_1 << EOD
1 25.11 25.11 25.11
2 10.74 10.74 10.74
3 6.768 6.768 6.768
4 5.006 5.006 5.006
5 4.174 4.174 4.174
6 3.586 3.586 3.586
7 2.648 2.648 2.648
8 1.87 1.87 1.87
9 1.308 1.308 1.308
10 0.994 0.994 0.994
EOD
$c18_0 << EOD
1 78.87 78.87 78.87
2 88.79 88.79 88.79
3 74.72 74.72 74.72
4 80.1 80.1 80.1
5 84.39 84.39 84.39
6 75.64 75.64 75.64
7 69.78 69.78 69.78
8 64.72 64.72 64.72
9 26.25 26.25 26.25
10 14.23 14.23 14.23
EOD
$c18_1 << EOD
1 79.81 79.81 79.81
2 83.542 83.542 83.542
3 85.142 85.142 85.142
4 85.986 85.986 85.986
5 84.87 84.87 84.87
6 84.576 84.576 84.576
7 85.524 85.524 85.524
8 85.348 85.348 85.348
9 68.46 68.46 68.46
10 60.84 60.84 60.84
EOD
$c19_0 << EOD
1 4.66 4.66 4.66
2 3.66 3.66 3.66
3 3.38 3.38 3.38
4 3.24 3.24 3.24
5 2.25 2.25 2.25
6 2.75 2.75 2.75
7 2.13 2.13 2.13
8 1.78 1.78 1.78
9 1.8 1.8 1.8
10 1.71 1.71 1.71
EOD
$c19_1 << EOD
1 12.254 12.254 12.254
2 4.106 4.106 4.106
3 2.76 2.76 2.76
4 2.022 2.022 2.022
5 1.592 1.592 1.592
6 1.286 1.286 1.286
7 0.786 0.786 0.786
8 0.452 0.452 0.452
9 0.272 0.272 0.272
10 0.154 0.154 0.154
EOD
$c20_0 << EOD
1 3.94 3.94 3.94
2 2.91 2.91 2.91
3 2.59 2.59 2.59
4 2.72 2.72 2.72
5 2.07 2.07 2.07
6 2.02 2.02 2.02
7 1.63 1.63 1.63
8 1.61 1.61 1.61
9 1.55 1.55 1.55
10 1.64 1.64 1.64
EOD
$c20_1 << EOD
1 9.846 9.846 9.846
2 3.026 3.026 3.026
3 2.232 2.232 2.232
4 1.358 1.358 1.358
5 1.108 1.108 1.108
6 0.692 0.692 0.692
7 0.232 0.232 0.232
8 0.064 0.064 0.064
9 0.01 0.01 0.01
10 0.002 0.002 0.002
EOD
$c21_0 << EOD
1 6.43 6.43 6.43
2 4.58 4.58 4.58
3 5.01 5.01 5.01
4 4.35 4.35 4.35
5 3.28 3.28 3.28
6 3.11 3.11 3.11
7 2.18 2.18 2.18
8 1.76 1.76 1.76
9 1.74 1.74 1.74
10 1.62 1.62 1.62
EOD
$c21_1 << EOD
1 10.526 10.526 10.526
2 4.726 4.726 4.726
3 3.67 3.67 3.67
4 3.016 3.016 3.016
5 2.494 2.494 2.494
6 2.126 2.126 2.126
7 1.302 1.302 1.302
8 0.534 0.534 0.534
9 0.17 0.17 0.17
10 0.04 0.04 0.04
EOD
$c22_0 << EOD
1 15.13 15.13 15.13
2 12.44 12.44 12.44
3 10.81 10.81 10.81
4 9.92 9.92 9.92
5 9.49 9.49 9.49
6 9.07 9.07 9.07
7 8.61 8.61 8.61
8 8.6 8.6 8.6
9 8.27 8.27 8.27
10 8.21 8.21 8.21
EOD
$c22_1 << EOD
1 25.828 25.828 25.828
2 13.71 13.71 13.71
3 11.52 11.52 11.52
4 10.544 10.544 10.544
5 9.74 9.74 9.74
6 9.26 9.26 9.26
7 8.78 8.78 8.78
8 8.418 8.418 8.418
9 8.16 8.16 8.16
10 8.018 8.018 8.018
EOD
$c23_0 << EOD
1 11.25 11.25 11.25
2 9.83 9.83 9.83
3 8.62 8.62 8.62
4 7.58 7.58 7.58
5 8.07 8.07 8.07
6 6.57 6.57 6.57
7 6.47 6.47 6.47
8 6.1 6.1 6.1
9 5.9 5.9 5.9
10 5.58 5.58 5.58
EOD
$c23_1 << EOD
1 19.072 19.072 19.072
2 10.504 10.504 10.504
3 9.278 9.278 9.278
4 8.494 8.494 8.494
5 7.63 7.63 7.63
6 7.124 7.124 7.124
7 6.412 6.412 6.412
8 5.948 5.948 5.948
9 5.546 5.546 5.546
10 5.282 5.282 5.282
EOD
$c24_0 << EOD
1 26.75 26.75 26.75
EOD
$c24_1 << EOD
1 18.716 18.716 18.716
EOD
$c25_0 << EOD
1 7.7 7.7 7.7
2 5.84 5.84 5.84
3 4.49 4.49 4.49
4 3.57 3.57 3.57
5 3.23 3.23 3.23
6 3.42 3.42 3.42
7 2.95 2.95 2.95
8 2.76 2.76 2.76
9 2.71 2.71 2.71
10 2.58 2.58 2.58
EOD
$c25_1 << EOD
1 13.842 13.842 13.842
2 6.406 6.406 6.406
3 4.844 4.844 4.844
4 3.804 3.804 3.804
5 3.16 3.16 3.16
6 2.664 2.664 2.664
7 2.206 2.206 2.206
8 1.894 1.894 1.894
9 1.688 1.688 1.688
10 1.446 1.446 1.446
EOD
$c26_0 << EOD
1 5.18 5.18 5.18
2 3.59 3.59 3.59
3 3.21 3.21 3.21
4 2.47 2.47 2.47
5 2.37 2.37 2.37
6 2.43 2.43 2.43
7 2.24 2.24 2.24
8 2.04 2.04 2.04
9 2.04 2.04 2.04
10 2.02 2.02 2.02
EOD
$c26_1 << EOD
1 11.008 11.008 11.008
2 4.166 4.166 4.166
3 2.872 2.872 2.872
4 2.152 2.152 2.152
5 1.562 1.562 1.562
6 1.23 1.23 1.23
7 0.87 0.87 0.87
8 0.522 0.522 0.522
9 0.344 0.344 0.344
10 0.234 0.234 0.234
EOD
$c27_0 << EOD
1 4.34 4.34 4.34
2 3.19 3.19 3.19
3 2.75 2.75 2.75
4 2.73 2.73 2.73
5 2.48 2.48 2.48
6 2.2 2.2 2.2
7 2.2 2.2 2.2
8 1.89 1.89 1.89
9 1.83 1.83 1.83
10 1.83 1.83 1.83
EOD
$c27_1 << EOD
1 9.352 9.352 9.352
2 3.328 3.328 3.328
3 2.206 2.206 2.206
4 1.54 1.54 1.54
5 1.064 1.064 1.064
6 0.682 0.682 0.682
7 0.342 0.342 0.342
8 0.142 0.142 0.142
9 0.06 0.06 0.06
10 0.022 0.022 0.022
EOD
$c28_0 << EOD
1 5.05 5.05 5.05
2 3.53 3.53 3.53
3 3.01 3.01 3.01
4 2.84 2.84 2.84
5 2.96 2.96 2.96
6 2.49 2.49 2.49
7 2.38 2.38 2.38
8 2.15 2.15 2.15
9 2.08 2.08 2.08
10 2.09 2.09 2.09
EOD
$c28_1 << EOD
1 11.428 11.428 11.428
2 4.094 4.094 4.094
3 2.876 2.876 2.876
4 2.098 2.098 2.098
5 1.586 1.586 1.586
6 1.266 1.266 1.266
7 0.768 0.768 0.768
8 0.4 0.4 0.4
9 0.202 0.202 0.202
10 0.098 0.098 0.098
EOD
$c29_0 << EOD
1 11.69 11.69 11.69
2 8.65 8.65 8.65
3 6.68 6.68 6.68
4 5.48 5.48 5.48
5 4.96 4.96 4.96
6 4.47 4.47 4.47
7 4.27 4.27 4.27
8 4.03 4.03 4.03
9 3.7 3.7 3.7
10 3.68 3.68 3.68
EOD
$c29_1 << EOD
1 12.776 12.776 12.776
2 7.832 7.832 7.832
3 6.556 6.556 6.556
4 5.608 5.608 5.608
5 4.904 4.904 4.904
6 4.556 4.556 4.556
7 3.756 3.756 3.756
8 3.202 3.202 3.202
9 2.78 2.78 2.78
10 2.396 2.396 2.396
EOD
$c30_0 << EOD
1 6.57 6.57 6.57
2 4.03 4.03 4.03
3 5.67 5.67 5.67
4 3.39 3.39 3.39
5 3.51 3.51 3.51
6 3.25 3.25 3.25
7 2.11 2.11 2.11
8 2.15 2.15 2.15
9 1.74 1.74 1.74
10 1.81 1.81 1.81
EOD
$c30_1 << EOD
1 11.31 11.31 11.31
2 5.372 5.372 5.372
3 3.746 3.746 3.746
4 2.722 2.722 2.722
5 2.344 2.344 2.344
6 1.968 1.968 1.968
7 1.22 1.22 1.22
8 0.742 0.742 0.742
9 0.394 0.394 0.394
10 0.188 0.188 0.188
EOD
$c31_0 << EOD
1 69.79 69.79 69.79
2 82.46 82.46 82.46
3 86.97 86.97 86.97
4 89.97 89.97 89.97
5 89.01 89.01 89.01
6 85.04 85.04 85.04
7 83.73 83.73 83.73
8 83.79 83.79 83.79
9 84.92 84.92 84.92
10 83.75 83.75 83.75
EOD
$c31_1 << EOD
1 47.288 47.288 47.288
2 64.258 64.258 64.258
3 75.106 75.106 75.106
4 78.11 78.11 78.11
5 84.582 84.582 84.582
6 82.288 82.288 82.288
7 81.198 81.198 81.198
8 78.45 78.45 78.45
9 79.618 79.618 79.618
10 79.192 79.192 79.192
EOD
$c32_0 << EOD
1 8.61 8.61 8.61
2 5.69 5.69 5.69
3 3.96 3.96 3.96
4 3.74 3.74 3.74
5 3.25 3.25 3.25
6 3.24 3.24 3.24
7 2.72 2.72 2.72
8 2.73 2.73 2.73
9 2.3 2.3 2.3
10 2.19 2.19 2.19
EOD
$c32_1 << EOD
1 11.698 11.698 11.698
2 6.078 6.078 6.078
3 4.476 4.476 4.476
4 3.44 3.44 3.44
5 2.85 2.85 2.85
6 2.444 2.444 2.444
7 1.906 1.906 1.906
8 1.452 1.452 1.452
9 1.072 1.072 1.072
10 0.826 0.826 0.826
EOD
$c33_0 << EOD
1 12.33 12.33 12.33
2 6.31 6.31 6.31
3 8.63 8.63 8.63
4 11.55 11.55 11.55
5 7.88 7.88 7.88
6 5.43 5.43 5.43
7 3.41 3.41 3.41
8 2.85 2.85 2.85
9 2.14 2.14 2.14
10 1.77 1.77 1.77
EOD
$c33_1 << EOD
1 13.622 13.622 13.622
2 7.424 7.424 7.424
3 5.726 5.726 5.726
4 5.012 5.012 5.012
5 4.386 4.386 4.386
6 3.68 3.68 3.68
7 2.668 2.668 2.668
8 1.588 1.588 1.588
9 0.744 0.744 0.744
10 0.366 0.366 0.366
EOD
set terminal svg size 1300,1260 dynamic font 'Helvetica,12'
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
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0262857 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'samenet\_mnist\_lr: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.304233
set origin 0, 0.664021
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.03', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.1', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_lr0.3', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'dfa\_lr0.0003', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'dfa\_lr0.001', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'dfa\_lr0.003', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.304233
set origin 0.5, 0.664021
plot $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'dfa\_lr0.01', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'drtp\_lr0.01', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'drtp\_lr0.03', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'drtp\_lr0.1', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'fa\_lr0.01', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'fa\_lr0.03', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.359788
plot $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'fa\_lr0.1', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c13_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_lr0.003', \
     $c13_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c14_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'ff\_lr0.01', \
     $c14_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c15_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'ff\_lr0.01\_threshold100', \
     $c15_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c16_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'ff\_lr0.01\_threshold300', \
     $c16_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c17_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'ff\_lr0.01\_threshold3000', \
     $c17_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.359788
plot $c18_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_lr0.03', \
     $c18_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c19_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'local\_head\_lr0.03', \
     $c19_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c20_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'local\_head\_lr0.1', \
     $c20_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c21_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'local\_head\_lr0.3', \
     $c21_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c22_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'pepita\_lr0.01', \
     $c22_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c23_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'pepita\_lr0.03', \
     $c23_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.0555556
plot $c24_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'pepita\_lr0.1', \
     $c24_1 using 1:($2 > 0 ? $2 : NaN) with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 1 notitle, \
     $c25_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'sign\_symmetry\_lr0.01', \
     $c25_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c26_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'sign\_symmetry\_lr0.03', \
     $c26_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c27_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'sign\_symmetry\_lr0.1', \
     $c27_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c28_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'sign\_symmetry\_lr0.3', \
     $c28_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c29_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'symba\_lr1', \
     $c29_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.0555556
plot $c30_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'symba\_lr10', \
     $c30_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c31_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'symba\_lr100', \
     $c31_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c32_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'symba\_lr3', \
     $c32_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c33_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'symba\_lr30', \
     $c33_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
set terminal pngcairo size 1300,1260 font 'Helvetica,10'
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
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0262857 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'samenet\_mnist\_lr: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.304233
set origin 0, 0.664021
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.03', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.1', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_lr0.3', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'dfa\_lr0.0003', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'dfa\_lr0.001', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'dfa\_lr0.003', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.304233
set origin 0.5, 0.664021
plot $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'dfa\_lr0.01', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'drtp\_lr0.01', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'drtp\_lr0.03', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'drtp\_lr0.1', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'fa\_lr0.01', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'fa\_lr0.03', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.359788
plot $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'fa\_lr0.1', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c13_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_lr0.003', \
     $c13_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c14_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'ff\_lr0.01', \
     $c14_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c15_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'ff\_lr0.01\_threshold100', \
     $c15_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c16_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'ff\_lr0.01\_threshold300', \
     $c16_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c17_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'ff\_lr0.01\_threshold3000', \
     $c17_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.359788
plot $c18_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_lr0.03', \
     $c18_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c19_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'local\_head\_lr0.03', \
     $c19_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c20_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'local\_head\_lr0.1', \
     $c20_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c21_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'local\_head\_lr0.3', \
     $c21_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c22_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'pepita\_lr0.01', \
     $c22_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c23_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'pepita\_lr0.03', \
     $c23_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.0555556
plot $c24_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'pepita\_lr0.1', \
     $c24_1 using 1:($2 > 0 ? $2 : NaN) with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 1 notitle, \
     $c25_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'sign\_symmetry\_lr0.01', \
     $c25_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c26_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'sign\_symmetry\_lr0.03', \
     $c26_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c27_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'sign\_symmetry\_lr0.1', \
     $c27_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c28_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'sign\_symmetry\_lr0.3', \
     $c28_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c29_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'symba\_lr1', \
     $c29_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.0555556
plot $c30_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'symba\_lr10', \
     $c30_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c31_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'symba\_lr100', \
     $c31_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c32_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'symba\_lr3', \
     $c32_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c33_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'symba\_lr30', \
     $c33_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
set terminal pdfcairo size 7in,7in font 'Helvetica,6' linewidth 0.6
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
set multiplot title 'samenet\_mnist\_lr: learning curves'
set key below horizontal Left reverse samplen 1.5 font ',5'
set size 0.5, 0.304233
set origin 0, 0.664021
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.03', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.1', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_lr0.3', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'dfa\_lr0.0003', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'dfa\_lr0.001', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'dfa\_lr0.003', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.304233
set origin 0.5, 0.664021
plot $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'dfa\_lr0.01', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'drtp\_lr0.01', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'drtp\_lr0.03', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'drtp\_lr0.1', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'fa\_lr0.01', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'fa\_lr0.03', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.359788
plot $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'fa\_lr0.1', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c13_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_lr0.003', \
     $c13_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c14_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'ff\_lr0.01', \
     $c14_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c15_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'ff\_lr0.01\_threshold100', \
     $c15_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c16_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'ff\_lr0.01\_threshold300', \
     $c16_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c17_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'ff\_lr0.01\_threshold3000', \
     $c17_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.359788
plot $c18_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_lr0.03', \
     $c18_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c19_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'local\_head\_lr0.03', \
     $c19_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c20_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'local\_head\_lr0.1', \
     $c20_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c21_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'local\_head\_lr0.3', \
     $c21_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c22_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'pepita\_lr0.01', \
     $c22_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c23_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'pepita\_lr0.03', \
     $c23_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.0555556
plot $c24_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'pepita\_lr0.1', \
     $c24_1 using 1:($2 > 0 ? $2 : NaN) with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 1 notitle, \
     $c25_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'sign\_symmetry\_lr0.01', \
     $c25_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c26_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'sign\_symmetry\_lr0.03', \
     $c26_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c27_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'sign\_symmetry\_lr0.1', \
     $c27_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c28_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'sign\_symmetry\_lr0.3', \
     $c28_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c29_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'symba\_lr1', \
     $c29_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.0555556
plot $c30_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'symba\_lr10', \
     $c30_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c31_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'symba\_lr100', \
     $c31_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c32_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'symba\_lr3', \
     $c32_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c33_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'symba\_lr30', \
     $c33_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
